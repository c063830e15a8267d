package io.clientela.store.profiles;

import io.clientela.core.identity.IdentityKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over a few records: the new records of a batch and the stored records sharing an
 * identifier with them. Stored records carry their customer id; a cluster takes the one customer
 * among its stored records, or (with none) the smallest record id, as {@code IdentityResolver} does.
 */
final class Clusters {
    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, Long> customer = new HashMap<>();
    private final List<Link> links = new ArrayList<>();

    /** Adds a record; {@code customerId} is null for a new record. */
    void add(long record, Long customerId) {
        parent.putIfAbsent(record, record);
        if (customerId != null) {
            customer.put(record, customerId);
        }
    }

    void union(long a, long b, IdentityKey key) {
        long ra = find(a);
        long rb = find(b);
        if (ra == rb) {
            return;
        }
        parent.put(Math.max(ra, rb), Math.min(ra, rb));
        links.add(new Link(Math.min(a, b), Math.max(a, b), key));
    }

    private long find(long x) {
        long p = parent.get(x);
        while (p != x) {
            long g = parent.get(p);
            parent.put(x, g);
            x = p;
            p = g;
        }
        return x;
    }

    /** Customer per new record, or null when a cluster holds two existing customers (a merge of profiles). */
    Map<Long, Long> customers() {
        Map<Long, Set<Long>> existing = new HashMap<>();
        Map<Long, Long> smallest = new HashMap<>();
        for (long r : parent.keySet()) {
            long root = find(r);
            smallest.merge(root, r, Math::min);
            Long cid = customer.get(r);
            if (cid != null) {
                existing.computeIfAbsent(root, k -> new HashSet<>()).add(cid);
            }
        }
        Map<Long, Long> out = new HashMap<>();
        for (long r : parent.keySet()) {
            if (customer.containsKey(r)) {
                continue;
            }
            long root = find(r);
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
