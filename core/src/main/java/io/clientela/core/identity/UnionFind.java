package io.clientela.core.identity;

import java.util.Arrays;

/**
 * Disjoint sets over the elements 0..n-1 (Tarjan 1975, "Efficiency of a good but not linear set
 * union algorithm"): union by size and path halving, so a sequence of m operations takes
 * O(m α(n)). The one union-find of identity resolution, for the whole workspace
 * ({@link IdentityResolver}) and for one incoming batch (the store's incremental profiles).
 */
public final class UnionFind {
    private int[] parent;
    private int[] size;
    private int n;

    /** An empty structure with room for {@code capacity} elements (it grows as needed). */
    public UnionFind(int capacity) {
        parent = new int[Math.max(capacity, 4)];
        size = new int[parent.length];
    }

    /** Adds a new element in a set of its own and returns its number. */
    public int add() {
        if (n == parent.length) {
            parent = Arrays.copyOf(parent, n * 2);
            size = Arrays.copyOf(size, n * 2);
        }
        parent[n] = n;
        size[n] = 1;
        return n++;
    }

    /** The elements added so far. */
    public int size() {
        return n;
    }

    /** The representative of {@code i}'s set. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}; true when they were apart. */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }
}
