package io.clientela.ingest.collect;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which profile a source's customer key (its customer id, or {@code email:<address>}) belongs to,
 * as the writer last read it from {@code customer_records}: the writer's fast path links items to
 * profiles without a join per batch. Only keys whose record is linked are kept, at most
 * {@code capacity} per source (then it starts afresh). Records are only added while the server
 * runs, and keep their profile, except when one is erased: the cache is dropped whenever the
 * workspace's {@link Workspace#identityVersion()} moves.
 */
final class CustomerIds {
    private final Workspace workspace;
    private final int capacity;
    /** source -> key -> profile, each in access order */
    private final Map<String, Map<String, Long>> ids = new HashMap<>();
    private long version;

    CustomerIds(Workspace workspace, int capacity) {
        this.workspace = workspace;
        this.capacity = capacity;
        this.version = workspace.identityVersion();
    }

    private Map<String, Long> of(String source) {
        Map<String, Long> own = ids.computeIfAbsent(source, k -> new HashMap<>(4096));
        if (own.size() > capacity) {
            own.clear(); // simpler and cheaper per look-up than least-recently-used order; refilled by one query per batch
        }
        return own;
    }

    /** The version to compare with {@link #stillValid} before committing what was resolved with it. */
    long version() {
        long now = workspace.identityVersion();
        if (now != version) {
            ids.clear();
            version = now;
        }
        return version;
    }

    boolean stillValid(long version) {
        return workspace.identityVersion() == version;
    }

    /**
     * The profiles of {@code keys} of {@code source}, from the cache and one query for the rest. A
     * key without a record is absent from the answer; one whose record is not linked yet maps to null.
     */
    Map<String, Long> resolve(Connection tx, String source, Collection<String> keys) {
        Map<String, Long> out = new HashMap<>();
        Map<String, Long> own = of(source);
        java.util.Set<String> missing = new java.util.HashSet<>();
        for (String k : keys) {
            Long id = own.get(k);
            if (id != null) {
                out.put(k, id);
            } else {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            List<Object> params = new ArrayList<>();
            params.add(source);
            // literals only for plain text (the ids were checked for control characters), else bound
            String in = Db.inList(missing, params);
            for (Map<String, Object> r : Db.query(tx, "SELECT external_id, customer_id FROM customer_records WHERE source = ? AND external_id IN ("
                    + in + ")", params.toArray())) {
                String k = (String) r.get("external_id");
                Long id = r.get("customer_id") == null ? null : ((Number) r.get("customer_id")).longValue();
                out.put(k, id);
                if (id != null) {
                    own.put(k, id);
                }
            }
        }
        return out;
    }
}
