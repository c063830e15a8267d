package io.clientela.core.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic identity resolution: records that share a normalised e-mail, phone or external id
 * are one customer, transitively ({@link UnionFind}); the records are processed in record-id order so
 * the same input always yields the same customers and links.
 */
public final class IdentityResolver {
    private IdentityResolver() {
    }

    public static Resolution resolve(List<CustomerRecord> input, Set<SuppressedLink> suppressed) {
        List<CustomerRecord> records = new ArrayList<>(input);
        records.sort((a, b) -> Long.compare(a.recordId(), b.recordId()));
        int n = records.size();
        UnionFind sets = new UnionFind(n);
        for (int i = 0; i < n; i++) {
            sets.add();
        }
        Map<IdentityKey, Integer> firstHolder = new HashMap<>(n * 2);
        Map<Long, List<IdentityKey>> keys = new HashMap<>(n * 2);
        List<Resolution.Link> links = new ArrayList<>();
        // keys named by a suppressed link remember every holder, so a record can still join the others
        Map<IdentityKey, List<Integer>> holders = new HashMap<>();
        suppressed.forEach(s -> holders.put(new IdentityKey(s.type(), s.value()), new ArrayList<>()));
        for (int i = 0; i < n; i++) {
            CustomerRecord r = records.get(i);
            List<IdentityKey> own = Identities.keys(r);
            keys.put(r.recordId(), own);
            for (IdentityKey k : own) {
                List<Integer> all = holders.get(k);
                if (all != null) {
                    for (int j : all) {
                        long a = records.get(j).recordId();
                        if (suppressed.stream().noneMatch(s -> s.matches(a, r.recordId(), k))) {
                            if (sets.union(i, j)) {
                                links.add(new Resolution.Link(a, r.recordId(), k.type(), k.value()));
                            }
                        }
                    }
                    all.add(i);
                    continue;
                }
                Integer j = firstHolder.putIfAbsent(k, i);
                if (j != null) {
                    if (sets.union(i, j)) {
                        links.add(new Resolution.Link(records.get(j).recordId(), r.recordId(), k.type(), k.value()));
                    }
                }
            }
        }
        long[] minId = new long[n];
        Arrays.fill(minId, Long.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            minId[root] = Math.min(minId[root], records.get(i).recordId());
        }
        Map<Long, Long> customerOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            customerOf.put(records.get(i).recordId(), minId[sets.find(i)]);
        }
        return new Resolution(customerOf, keys, links);
    }
}
