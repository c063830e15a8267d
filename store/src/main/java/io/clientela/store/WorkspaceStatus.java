package io.clientela.store;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts per entity, as shown by {@code clientela status}. */
public final class WorkspaceStatus {
    private WorkspaceStatus() {
    }

    public static Map<String, Object> of(Workspace workspace) {
        Connection c = workspace.connection();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("workspace", workspace.dir().toString());
        out.put("schema_version", workspace.schemaVersion());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("customers", count(c, "SELECT count(*) FROM customers"));
        counts.put("identified_customers", count(c, "SELECT count(DISTINCT r.customer_id) FROM customer_records r JOIN identities i USING (record_id)"));
        counts.put("customer_records", count(c, "SELECT count(*) FROM customer_records"));
        counts.put("merges", count(c, "SELECT count(*) FROM merges WHERE undone_at IS NULL"));
        counts.put("anonymous_records", count(c, "SELECT (SELECT count(*) FROM orders WHERE customer_key IS NULL) + (SELECT count(*) FROM events "
                + "WHERE customer_key IS NULL) + (SELECT count(*) FROM tickets WHERE customer_key IS NULL) + (SELECT count(*) FROM feedback "
                + "WHERE customer_key IS NULL)"));
        for (String table : new String[] {"products", "orders", "order_lines", "events", "tickets", "feedback", "opportunities", "activities",
                "campaigns", "campaign_contacts", "sales_targets"}) {
            counts.put(table, count(c, "SELECT count(*) FROM " + table));
        }
        counts.put("quarantined_rows", count(c, "SELECT count(*) FROM quarantine"));
        counts.put("imports", count(c, "SELECT count(*) FROM imports"));
        out.put("counts", counts);
        return out;
    }

    private static long count(Connection c, String sql) {
        return Db.queryLong(c, sql);
    }
}
