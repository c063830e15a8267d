package io.clientela.store.profiles;

import io.clientela.core.identity.IdentityKey;
import io.clientela.core.identity.UnionFind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of one batch in sets ({@link UnionFind}): the new records of a batch and the stored
 * records sharing an identifier with them. Stored records carry their customer id; a cluster takes the one customer
 * among its stored records, or (with none) the smallest record id, as {@code IdentityResolver} does.
 */
final class Clusters {
    private final UnionFind sets = new UnionFind(16);
    private final Map<Long, Integer> index = new HashMap<>();
    private final List<Long> records = new ArrayList<>();
    private final Map<Long, Long> customer = new HashMap<>();
    private final List<Link> links = new ArrayList<>();

    /** Adds a record; {@code customerId} is null for a new record. */
    void add(long record, Long customerId) {
        if (!index.containsKey(record)) {
            index.put(record, sets.add());
            records.add(record);
        }
        if (customerId != null) {
            customer.put(record, customerId);
        }
    }

    void union(long a, long b, IdentityKey key) {
        if (sets.union(index.get(a), index.get(b))) {
            links.add(new Link(Math.min(a, b), Math.max(a, b), key));
        }
    }

    private int find(long record) {
        return sets.find(index.get(record));
    }

    /** Customer per new record, or null when a cluster holds two existing customers (a merge of profiles). */
    Map<Long, Long> customers() {
        Map<Integer, Set<Long>> existing = new HashMap<>();
        Map<Integer, Long> smallest = new HashMap<>();
        for (long r : records) {
            int root = find(r);
            smallest.merge(root, r, Math::min);
            Long cid = customer.get(r);
            if (cid != null) {
                existing.computeIfAbsent(root, k -> new HashSet<>()).add(cid);
            }
        }
        Map<Long, Long> out = new HashMap<>();
        for (long r : records) {
            if (customer.containsKey(r)) {
                continue;
            }
            int root = find(r);
            Set<Long> ids = existing.getOrDefault(root, Set.of());
            if (ids.size() > 1) {
                return null;
            }
            out.put(r, ids.isEmpty() ? smallest.get(root) : ids.iterator().next());
        }
        return out;
    }

    /** The links that joined records, older record first. */
    List<Link> links() {
        return links;
    }

    /** Records {@code a < b} share {@code key}. */
    record Link(long a, long b, IdentityKey key) {
    }
}
