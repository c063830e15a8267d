package io.clientela.store.privacy;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything held on one customer, to export or to erase (the privacy requests). "Every table" is
 * found from the schema, not listed by hand: every base table with a {@code customer_id} column
 * (facts, profiles, value and voice results, rule firings, alerts, cases, tags, and the tables later
 * issues add), plus what hangs off them: source records' identities and merges, order lines of the
 * customer's orders, the notes, history and deliveries of their cases and alerts, the events of
 * their devices before they identified, rows of their source ids not linked yet, and quarantined
 * rows naming one of their identifiers (any case). An erasure then looks through every text and JSON
 * column of every table, the audit log included, and replaces the customer's e-mails, phones and
 * names where they still appear ({@link Identifiers}): in other customers' notes, search terms, a
 * failed login's typed name. Users, sessions and API keys are the staff's, not looked through.
 */
public final class CustomerData {
    private static final List<String> NOT_ERASED_BY_CUSTOMER = List.of("audit_log");
    private static final List<String> NOT_SCRUBBED = List.of("users", "sessions", "api_keys", "schema_version");
    private static final String CASES = "(SELECT case_id FROM cases WHERE customer_id = ?)";
    private static final String ALERTS = "(SELECT alert_id FROM alerts WHERE customer_id = ? OR case_id IN " + CASES + ")";
    private static final String DEVICES = "(SELECT DISTINCT source, anonymous_id FROM events WHERE customer_id = ? AND anonymous_id IS NOT NULL)";
    private static final String RECORDS = "(SELECT record_id FROM customer_records WHERE customer_id = ?)";
    private static final String KEYS = "(SELECT source, external_id FROM customer_records WHERE customer_id = ?)";

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
        for (String t : tablesWith("customer_id")) {
            if (!NOT_ERASED_BY_CUSTOMER.contains(t)) {
                tables.put(t, Db.query(c, "SELECT * FROM " + Db.ident(t) + " WHERE customer_id = ?", customerId));
            }
        }
        tables.put("identities", Db.query(c, "SELECT * FROM identities WHERE record_id IN " + RECORDS, customerId));
        tables.put("merges", Db.query(c, "SELECT * FROM merges WHERE record_a IN " + RECORDS + " OR record_b IN " + RECORDS, customerId, customerId));
        tables.put("order_lines", Db.query(c, "SELECT l.* FROM order_lines l JOIN orders o USING (source, order_id) WHERE o.customer_id = ?",
                customerId));
        tables.put("case_notes", Db.query(c, "SELECT * FROM case_notes WHERE case_id IN " + CASES + " ORDER BY case_id, noted_at", customerId));
        tables.put("case_history", Db.query(c, "SELECT * FROM case_history WHERE case_id IN " + CASES + " ORDER BY case_id, changed_at",
                customerId));
        tables.put("deliveries", Db.query(c, "SELECT * FROM deliveries WHERE alert_id IN " + ALERTS, customerId, customerId));
        tables.put("anonymous_events", Db.query(c, "SELECT * FROM events WHERE customer_id IS NULL AND (source, anonymous_id) IN " + DEVICES,
                customerId));
        for (String t : unlinkedTables()) {
            tables.put("unlinked_" + t, Db.query(c, "SELECT * FROM " + Db.ident(t) + " WHERE customer_id IS NULL AND (source, customer_key) IN "
                    + KEYS, customerId));
        }
        Identifiers ids = Identifiers.of(c, customerId);
        List<Identifiers.Match> any = ids.matches(true);
        tables.put("quarantine", any.isEmpty() ? List.of()
                : Db.query(c, "SELECT * FROM quarantine WHERE " + matchesAny("value", any) + " OR " + matchesAny("CAST(raw AS VARCHAR)", any)));
        return tables;
    }

    /**
     * Deletes the customer everywhere and replaces their e-mails, phones and names wherever else they
     * appear, in one transaction. Answers how many rows went from each table ({@code removed}) and in
     * how many rows of each table text was replaced ({@code scrubbed}); tables with nothing are left out.
     */
    public Map<String, Map<String, Long>> erase(long customerId) {
        Map<String, Long> removed = new LinkedHashMap<>();
        Map<String, Long> scrubbed = new LinkedHashMap<>();
        Db.inTransaction(c, tx -> {
            Identifiers ids = Identifiers.of(c, customerId);
            List<Identifiers.Match> any = ids.matches(true);
            if (!any.isEmpty()) {
                count(removed, "quarantine", Db.update(c, "DELETE FROM quarantine WHERE " + matchesAny("value", any) + " OR "
                        + matchesAny("CAST(raw AS VARCHAR)", any)));
            }
            count(removed, "deliveries", Db.update(c, "DELETE FROM deliveries WHERE alert_id IN " + ALERTS, customerId, customerId));
            count(removed, "case_notes", Db.update(c, "DELETE FROM case_notes WHERE case_id IN " + CASES, customerId));
            count(removed, "case_history", Db.update(c, "DELETE FROM case_history WHERE case_id IN " + CASES, customerId));
            count(removed, "events", Db.update(c, "DELETE FROM events WHERE customer_id IS NULL AND (source, anonymous_id) IN " + DEVICES, customerId));
            for (String t : unlinkedTables()) {
                count(removed, t, Db.update(c, "DELETE FROM " + Db.ident(t) + " WHERE customer_id IS NULL AND (source, customer_key) IN " + KEYS,
                        customerId));
            }
            count(removed, "order_lines", Db.update(c, "DELETE FROM order_lines WHERE (source, order_id) IN "
                    + "(SELECT source, order_id FROM orders WHERE customer_id = ?)", customerId));
            count(removed, "merges", Db.update(c, "DELETE FROM merges WHERE record_a IN " + RECORDS + " OR record_b IN " + RECORDS,
                    customerId, customerId));
            count(removed, "identities", Db.update(c, "DELETE FROM identities WHERE record_id IN " + RECORDS, customerId));
            for (String t : tablesWith("customer_id")) {
                if (!NOT_ERASED_BY_CUSTOMER.contains(t)) {
                    count(removed, t, Db.update(c, "DELETE FROM " + Db.ident(t) + " WHERE customer_id = ?", customerId));
                }
            }
            scrub(ids.matches(false), scrubbed);
            return null;
        });
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        out.put("removed", removed);
        out.put("scrubbed", scrubbed);
        return out;
    }

    /** Replaces every match in every text and JSON column (JSON stays valid: a phone becomes 0, other text "erased"). */
    private void scrub(List<Identifiers.Match> matches, Map<String, Long> scrubbed) {
        if (matches.isEmpty()) {
            return;
        }
        for (Map<String, Object> col : Db.query(c, """
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_catalog = current_database() AND table_schema = current_schema() AND data_type IN ('VARCHAR', 'JSON')
                  AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database()
                                     AND table_schema = current_schema() AND table_type = 'BASE TABLE')
                ORDER BY table_name, ordinal_position""")) {
            String t = (String) col.get("table_name");
            if (NOT_SCRUBBED.contains(t)) {
                continue;
            }
            boolean json = "JSON".equals(col.get("data_type"));
            String column = Db.ident((String) col.get("column_name"));
            for (Identifiers.Match m : matches) {
                String text = json ? "CAST(" + column + " AS VARCHAR)" : column;
                String with = json ? (m.phone() ? "0" : "erased") : "[erased]";
                String replaced = "regexp_replace(" + text + ", " + Db.literal(m.regex()) + ", '\\1" + with + "\\3', 'g')";
                String set = json ? "CASE WHEN json_valid(" + replaced + ") THEN CAST(" + replaced + " AS JSON) ELSE CAST('null' AS JSON) END"
                        : replaced;
                // a match takes the character after it, so two matches one character apart need a second pass
                for (int pass = 0; pass < 4; pass++) {
                    int n = Db.update(c, "UPDATE " + Db.ident(t) + " SET " + column + " = " + set + " WHERE regexp_matches("
                            + text + ", " + Db.literal(m.regex()) + ")");
                    if (n == 0) {
                        break;
                    }
                    if (pass == 0) {
                        count(scrubbed, t, n);
                    }
                }
            }
        }
    }

    private static String matchesAny(String text, List<Identifiers.Match> matches) {
        return "(" + String.join(" OR ", matches.stream().map(m -> "regexp_matches(" + text + ", " + Db.literal(m.regex()) + ")").toList()) + ")";
    }

    private static void count(Map<String, Long> counts, String table, long n) {
        if (n > 0) {
            counts.merge(table, n, Long::sum);
        }
    }

    /** Tables whose rows name a customer by source and source id (customer_key), and may not be linked to a profile yet. */
    private List<String> unlinkedTables() {
        List<String> out = new ArrayList<>(tablesWith("customer_key"));
        out.retainAll(tablesWith("source"));
        out.retainAll(tablesWith("customer_id"));
        return out;
    }

    /** Base tables of the workspace with a column of that name, the profile last (facts and records first). */
    private List<String> tablesWith(String column) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : Db.query(c, "SELECT t.table_name FROM information_schema.tables t JOIN information_schema.columns k "
                + "USING (table_catalog, table_schema, table_name) WHERE t.table_type = 'BASE TABLE' AND k.column_name = ? "
                + "AND t.table_catalog = current_database() AND t.table_schema = current_schema() "
                + "ORDER BY t.table_name = 'customers', t.table_name", column)) {
            out.add((String) r.get("table_name"));
        }
        return out;
    }
}
