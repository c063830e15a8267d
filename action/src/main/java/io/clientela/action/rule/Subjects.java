package io.clientela.action.rule;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientela.store.Db;
import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads what {@code customer.*} and {@code product.*} mean: the profile columns of {@code customers},
 * the value results of the {@code latest_values} view when the workspace has it (rfm_segment,
 * abc_class, quadrant, p_alive, clv, ...), then the keys of the profile's {@code attributes} JSON.
 */
final class Subjects {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection c;
    private boolean values;

    Subjects(Connection c) {
        this.c = c;
        refresh();
    }

    private long checkedAt;

    /** Looks again, at most every 10 s, whether the workspace has value results (they may appear while a server runs). */
    void refresh() {
        long t = System.nanoTime();
        if (checkedAt != 0 && t - checkedAt < 10_000_000_000L) {
            return;
        }
        checkedAt = t;
        this.values = Db.queryLong(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'latest_values'") > 0;
    }

    Map<String, Object> customer(long id) {
        List<Map<String, Object>> rows = Db.query(c, sql() + " WHERE c.customer_id = ?", id);
        return rows.isEmpty() ? null : flatten(rows.get(0));
    }

    /** The profiles of several customers in one query (absent ids get an empty profile). */
    Map<Long, Map<String, Object>> customers(java.util.Collection<Long> ids) {
        Map<Long, Map<String, Object>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder in = new StringBuilder();
        for (Long id : new java.util.TreeSet<>(ids)) {
            in.append(in.length() == 0 ? "" : ",").append(id.longValue());
        }
        for (Map<String, Object> r : Db.query(c, sql() + " WHERE c.customer_id IN (" + in + ")")) {
            out.put(((Number) r.get("customer_id")).longValue(), flatten(r));
        }
        ids.forEach(id -> out.putIfAbsent(id, Map.of()));
        return out;
    }

    /**
     * The profiles of the next {@code limit} customers whose id is above {@code after}, in id order,
     * keyed by customer id as text: a scheduled run over a million customers holds one page at a time.
     */
    Map<String, Map<String, Object>> customersAfter(long after, int limit) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> r : Db.query(c, sql() + " WHERE c.customer_id > ? ORDER BY c.customer_id LIMIT ?", after, limit)) {
            out.put(String.valueOf(r.get("customer_id")), flatten(r));
        }
        return out;
    }

    Map<String, Map<String, Object>> allProducts() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> r : Db.query(c, "SELECT product_id AS id, product_id, name, category, price, currency FROM products ORDER BY product_id")) {
            out.put((String) r.get("product_id"), r);
        }
        return out;
    }

    String productLine(String productId) {
        return productId == null ? null : Db.queryString(c, "SELECT category FROM products WHERE product_id = ?", productId);
    }

    private String sql() {
        return values
                ? "SELECT c.*, v.* EXCLUDE (customer_id) FROM customers c LEFT JOIN latest_values v ON v.customer_id = c.customer_id"
                : "SELECT c.* FROM customers c";
    }

    private static Map<String, Object> flatten(Map<String, Object> row) {
        Map<String, Object> out = new HashMap<>();
        Object attributes = row.get("attributes");
        if (attributes != null) {
            try {
                out.putAll(JSON.readValue(attributes.toString(), new TypeReference<Map<String, Object>>() { }));
            } catch (java.io.IOException | ClassCastException e) {
                // attributes that are not a JSON object are left out; the columns still count
            }
        }
        row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
        out.put("id", row.get("customer_id"));
        return out;
    }
}
