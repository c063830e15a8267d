package io.clientela.store.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.Json;
import java.sql.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The subjects conditions look at. A customer's profile is one map: the columns of {@code customers},
 * the value results of the {@code latest_values} view when the workspace has it (rfm_segment,
 * abc_class, quadrant, p_alive, clv, ...), then the keys of the profile's {@code attributes} JSON,
 * and {@code id}; a map because the attributes are whatever the imported data carries. A product is
 * its row of {@code products}.
 */
public final class SubjectRows {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private final Connection c;
    private boolean values;
    private long checkedAt;

    public SubjectRows(Handle handle) {
        this.c = handle.connection();
        refresh();
    }

    /** Looks again, at most every 10 s, whether the workspace has value results (they may appear while a server runs). */
    public void refresh() {
        long t = System.nanoTime();
        if (checkedAt != 0 && t - checkedAt < 10_000_000_000L) {
            return;
        }
        checkedAt = t;
        this.values = Db.queryLong(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'latest_values'") > 0;
    }

    /** The profile of one customer; null when there is no such customer. */
    public Map<String, Object> customer(long id) {
        List<Map<String, Object>> rows = Db.query(c, profiles() + " WHERE c.customer_id = ?", id);
        return rows.isEmpty() ? null : flatten(rows.get(0));
    }

    /** The profiles of several customers in one query (absent ids get an empty profile). */
    public Map<Long, Map<String, Object>> customers(Collection<Long> ids) {
        Map<Long, Map<String, Object>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder in = new StringBuilder();
        for (Long id : new TreeSet<>(ids)) {
            in.append(in.length() == 0 ? "" : ",").append(id.longValue());
        }
        for (Map<String, Object> r : Db.query(c, profiles() + " WHERE c.customer_id IN (" + in + ")")) {
            out.put(((Number) r.get("customer_id")).longValue(), flatten(r));
        }
        ids.forEach(id -> out.putIfAbsent(id, Map.of()));
        return out;
    }

    /**
     * The profiles of the next {@code limit} customers whose id is above {@code after}, in id order,
     * keyed by customer id as text: a scheduled run over a million customers holds one page at a time.
     */
    public Map<String, Map<String, Object>> customersAfter(long after, int limit) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> r : Db.query(c, profiles() + " WHERE c.customer_id > ? ORDER BY c.customer_id LIMIT ?", after, limit)) {
            out.put(String.valueOf(r.get("customer_id")), flatten(r));
        }
        return out;
    }

    /** Every product (id, product_id, name, category, price, currency) by product id. */
    public Map<String, Map<String, Object>> allProducts() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> r : Db.query(c, "SELECT product_id AS id, product_id, name, category, price, currency FROM products ORDER BY product_id")) {
            out.put((String) r.get("product_id"), r);
        }
        return out;
    }

    /** The category of a product; null when unknown. */
    public String productLine(String productId) {
        return productId == null ? null : Db.queryString(c, "SELECT category FROM products WHERE product_id = ?", productId);
    }

    private String profiles() {
        return values
                ? "SELECT c.*, v.* EXCLUDE (customer_id) FROM customers c LEFT JOIN latest_values v ON v.customer_id = c.customer_id"
                : "SELECT c.* FROM customers c";
    }

    private static Map<String, Object> flatten(Map<String, Object> row) {
        Map<String, Object> out = new HashMap<>();
        Object attributes = row.get("attributes");
        if (attributes != null) {
            try {
                Map<String, Object> fields = Json.MAPPER.readValue(attributes.toString(), OBJECT);
                if (fields != null) {
                    out.putAll(fields);
                }
            } catch (java.io.IOException | ClassCastException e) {
                // attributes that are not a JSON object are left out; the columns still count
            }
        }
        row.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        out.put("id", row.get("customer_id"));
        return out;
    }
}
