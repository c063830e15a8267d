package io.clientela.service.privacy;

import io.clientela.store.Compaction;
import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import io.clientela.store.access.AuditRows;
import io.clientela.store.customers.CustomerNotFoundException;
import io.clientela.store.privacy.CustomerData;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The privacy requests on one customer: export everything held on them, or erase it. "Everything"
 * is found from the schema, not listed by hand ({@link CustomerData}). An erasure deletes the
 * customer's rows and replaces their e-mails, phones and names wherever else they appear (the audit
 * log too), in one transaction; audits itself with the customer number and the count of rows per
 * table, nothing personal; and then rewrites the database file ({@link Workspace#compact}), because
 * DuckDB keeps deleted rows' bytes in the file until then. An erasure in a running server tells the
 * workspace before and after, so the collector, which caches which profile a customer key belongs
 * to, links no new item to the erased customer.
 */
public final class Privacy {
    /** How long an erasure waits for the server's other work on the database to finish before compacting. */
    public static final long COMPACTION_WAIT_MILLIS = 30_000;

    private final Handle handle;
    private final CustomerData data;
    private final Workspace workspace;
    private final Clock clock;

    /** @param h the handle to work on (a request's own in the server) */
    public Privacy(Handle h, Workspace workspace, Clock clock) {
        this.handle = h;
        this.data = new CustomerData(h);
        this.workspace = workspace;
        this.clock = clock;
    }

    public Map<String, Object> export(long customerId) {
        requireExists(customerId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customer_id", customerId);
        out.put("exported_at", LocalDateTime.now(clock).toString());
        out.put("tables", data.rows(customerId));
        return out;
    }

    /** {@link #erase(long, String)} with no one named. */
    public Map<String, Object> erase(long customerId) {
        return erase(customerId, null);
    }

    /**
     * Erases the customer everywhere, then compacts the workspace so that the file keeps no copy.
     *
     * @param actor who asked (a user name, or {@code cli:} and the account on the command line), for the audit log
     */
    public Map<String, Object> erase(long customerId, String actor) {
        requireExists(customerId);
        workspace.compactionNeeded();
        workspace.identitiesChanged();
        Map<String, Map<String, Long>> counts;
        try {
            counts = handle.inTransaction(() -> {
                Map<String, Map<String, Long>> c = data.erase(customerId);
                new AuditRows(handle).insert(LocalDateTime.now(clock), actor, null, "customer erased", customerId,
                        "rows removed: " + summary(c.get("removed")) + "; text replaced in rows: " + summary(c.get("scrubbed")), null);
                return c;
            });
        } finally {
            workspace.identitiesChanged();
        }
        Compaction compaction = workspace.compact(COMPACTION_WAIT_MILLIS);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customer_id", customerId);
        out.put("erased_at", LocalDateTime.now(clock).toString());
        out.put("rows_removed", counts.get("removed"));
        out.put("rows_scrubbed", counts.get("scrubbed"));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("done", compaction.done());
        c.put("millis", compaction.millis());
        c.put("bytes_before", compaction.bytesBefore());
        c.put("bytes_after", compaction.bytesAfter());
        c.put("note", compaction.note());
        out.put("compaction", c);
        return out;
    }

    private static String summary(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private void requireExists(long customerId) {
        if (!data.exists(customerId)) {
            throw new CustomerNotFoundException("customer " + customerId + " does not exist");
        }
    }
}
