package io.clientela.store.privacy;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything held on one customer, to export or to erase (the privacy requests). "Every table" is found from the schema, not listed by hand:
 * every base table with a {@code customer_id} column (facts, profiles, value results, and the
 * tables later issues add), plus what hangs off them: source records' identities and merges,
 * order lines of the customer's orders, and quarantined rows that carry one of the customer's
 * identifiers. The audit log keeps the customer number and the fact of the erasure, no personal data.
 */
public final class CustomerData {
    private static final List<String> KEPT = List.of("audit_log");
    private final Connection c;

    public CustomerData(Handle h) {
        this.c = h.connection();
    }

    /** Whether a customer of that number exists. */
    public boolean exists(long customerId) {
        return Db.queryLong(c, "SELECT count(*) FROM customers WHERE customer_id = ?", customerId) > 0;
    }

    /** Every row held on the customer, table by table (as JSON-ready maps). */
    public Map<String, Object> rows(long customerId) {
        Map<String, Object> tables = new LinkedHashMap<>();
        for (String t : customerTables()) {
            tables.put(t, Db.query(c, "SELECT * FROM " + Db.ident(t) + " WHERE customer_id = ?", customerId));
        }
        tables.put("identities", Db.query(c, "SELECT i.* FROM identities i JOIN customer_records r USING (record_id) WHERE r.customer_id = ?",
                customerId));
        tables.put("merges", Db.query(c, "SELECT * FROM merges WHERE record_a IN (SELECT record_id FROM customer_records WHERE customer_id = ?) "
                + "OR record_b IN (SELECT record_id FROM customer_records WHERE customer_id = ?)", customerId, customerId));
        tables.put("order_lines", Db.query(c, "SELECT l.* FROM order_lines l JOIN orders o USING (source, order_id) WHERE o.customer_id = ?",
                customerId));
        List<Object> ids = identifiers(customerId);
        tables.put("quarantine", Db.query(c, "SELECT * FROM quarantine WHERE " + quarantineMatch(ids), ids.toArray()));
        return tables;
    }

    /** Deletes the customer everywhere in one transaction and returns how many rows went from each table. */
    public Map<String, Long> erase(long customerId) {
        Map<String, Long> removed = new LinkedHashMap<>();
        Db.inTransaction(c, tx -> {
            List<Object> ids = identifiers(customerId);
            removed.put("quarantine", (long) Db.update(c, "DELETE FROM quarantine WHERE " + quarantineMatch(ids), ids.toArray()));
            removed.put("order_lines", (long) Db.update(c, "DELETE FROM order_lines WHERE (source, order_id) IN "
                    + "(SELECT source, order_id FROM orders WHERE customer_id = ?)", customerId));
            String records = "(SELECT record_id FROM customer_records WHERE customer_id = ?)";
            removed.put("merges", (long) Db.update(c, "DELETE FROM merges WHERE record_a IN " + records + " OR record_b IN " + records,
                    customerId, customerId));
            removed.put("identities", (long) Db.update(c, "DELETE FROM identities WHERE record_id IN " + records, customerId));
            for (String t : customerTables()) {
                removed.put(t, (long) Db.update(c, "DELETE FROM " + Db.ident(t) + " WHERE customer_id = ?", customerId));
            }
            return null;
        });
        return removed;
    }

    /** Base tables with a customer_id column, the profile last (facts and records first). */
    private List<String> customerTables() {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : Db.query(c, "SELECT t.table_name FROM information_schema.tables t JOIN information_schema.columns k "
                + "USING (table_schema, table_name) WHERE t.table_type = 'BASE TABLE' AND k.column_name = 'customer_id' "
                + "AND t.table_schema = current_schema() ORDER BY t.table_name = 'customers', t.table_name")) {
            String t = (String) r.get("table_name");
            if (!KEPT.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The customer's e-mails, phones and source ids as they appear in raw rows. */
    private List<Object> identifiers(long customerId) {
        List<Object> ids = new ArrayList<>();
        for (Map<String, Object> r : Db.query(c, "SELECT DISTINCT v FROM (SELECT email AS v FROM customer_records WHERE customer_id = ? "
                + "UNION ALL SELECT phone FROM customer_records WHERE customer_id = ? UNION ALL SELECT external_id FROM customer_records "
                + "WHERE customer_id = ?) WHERE v IS NOT NULL AND length(v) >= 4", customerId, customerId, customerId)) {
            ids.add(r.get("v"));
        }
        return ids;
    }

    /**
     * A raw row holds an identifier when it appears whole, not inside a longer one: raw rows are JSON
     * (a CSV row's fields, or a JSON line as an escaped string), so the neighbours are checked.
     */
    private static String quarantineMatch(List<Object> ids) {
        if (ids.isEmpty()) {
            return "false";
        }
        return "(" + String.join(" OR ", ids.stream().map(x -> "regexp_matches(CAST(raw AS VARCHAR), '(^|[^A-Za-z0-9@._+-])' || "
                + "regexp_escape(?) || '($|[^A-Za-z0-9@._+-])')").toList()) + ")";
    }
}
