package io.clientela.core.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic identity resolution: records that share a normalised e-mail, phone or external id
 * are one customer, transitively. Union-find with path halving and union by size; the records are
 * processed in record-id order so the same input always yields the same customers and links.
 */
public final class IdentityResolver {
    private IdentityResolver() {
    }

    public static Resolution resolve(List<CustomerRecord> input, Set<SuppressedLink> suppressed) {
        List<CustomerRecord> records = new ArrayList<>(input);
        records.sort((a, b) -> Long.compare(a.recordId(), b.recordId()));
        int n = records.size();
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
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
                            union(parent, size, i, j, new Resolution.Link(a, r.recordId(), k.type(), k.value()), links);
                        }
                    }
                    all.add(i);
                    continue;
                }
                Integer j = firstHolder.putIfAbsent(k, i);
                if (j != null) {
                    union(parent, size, i, j, new Resolution.Link(records.get(j).recordId(), r.recordId(), k.type(), k.value()), links);
                }
            }
        }
        long[] minId = new long[n];
        Arrays.fill(minId, Long.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            minId[root] = Math.min(minId[root], records.get(i).recordId());
        }
        Map<Long, Long> customerOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            customerOf.put(records.get(i).recordId(), minId[find(parent, i)]);
        }
        return new Resolution(customerOf, keys, links);
    }

    private static void union(int[] parent, int[] size, int i, int j, Resolution.Link link, List<Resolution.Link> links) {
        int ri = find(parent, i);
        int rj = find(parent, j);
        if (ri == rj) {
            return;
        }
        if (size[ri] < size[rj]) {
            int t = ri;
            ri = rj;
            rj = t;
        }
        parent[rj] = ri;
        size[ri] += size[rj];
        links.add(link);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
