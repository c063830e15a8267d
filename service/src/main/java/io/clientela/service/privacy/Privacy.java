package io.clientela.service.privacy;

import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import io.clientela.store.customers.CustomerNotFoundException;
import io.clientela.store.privacy.CustomerData;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The privacy requests on one customer: export everything held on them, or erase it. "Everything"
 * is found from the schema, not listed by hand ({@link CustomerData}); the audit log keeps only the
 * customer number and the fact of the erasure. An erasure in a running server tells the workspace
 * before and after, so the collector, which caches which profile a customer key belongs to, links no
 * new item to the erased customer.
 */
public final class Privacy {
    private final CustomerData data;
    private final Workspace workspace;
    private final Clock clock;

    /** @param h the handle to work on (a request's own in the server) */
    public Privacy(Handle h, Workspace workspace, Clock clock) {
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

    /** Deletes the customer everywhere in one transaction; says how many rows went from each table. */
    public Map<String, Object> erase(long customerId) {
        requireExists(customerId);
        workspace.identitiesChanged();
        Map<String, Long> removed;
        try {
            removed = data.erase(customerId);
        } finally {
            workspace.identitiesChanged();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customer_id", customerId);
        out.put("erased_at", LocalDateTime.now(clock).toString());
        out.put("rows_removed", removed);
        return out;
    }

    private void requireExists(long customerId) {
        if (!data.exists(customerId)) {
            throw new CustomerNotFoundException("customer " + customerId + " does not exist");
        }
    }
}
