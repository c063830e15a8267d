package io.clientela.analytics.value.clv;

import java.util.Arrays;

/**
 * Numbers distinct rows (x, u, v) in order of first appearance, with an open-addressing hash
 * table on the bit patterns of the doubles: the compression step in front of every fit, cheap
 * enough to run on each call (no boxing, one probe sequence per row). Callers normalise -0.0 to
 * 0.0 before asking.
 */
final class RowIndex {
    private final int[] slots;
    private final int mask;
    private int[] xs;
    private double[] us;
    private double[] vs;
    private int size;

    RowIndex(int expectedRows) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedRows) * 2 - 1) * 2;
        slots = new int[capacity];
        mask = capacity - 1;
        int initial = Math.max(16, expectedRows);
        xs = new int[initial];
        us = new double[initial];
        vs = new double[initial];
    }

    /** The number of the row (x, u, v), a new one if it has not been seen; numbers start at 0. */
    int indexOf(int x, double u, double v) {
        long ub = Double.doubleToLongBits(u);
        long vb = Double.doubleToLongBits(v);
        long h = (x * 0x9E3779B97F4A7C15L) ^ (ub * 0xC2B2AE3D27D4EB4FL) ^ Long.rotateLeft(vb * 0x165667B19E3779F9L, 31);
        h ^= h >>> 29;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            int held = slots[slot];
            if (held == 0) {
                return add(slot, x, u, v);
            }
            int row = held - 1;
            if (xs[row] == x && Double.doubleToLongBits(us[row]) == ub && Double.doubleToLongBits(vs[row]) == vb) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int add(int slot, int x, double u, double v) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            us = Arrays.copyOf(us, size * 2);
            vs = Arrays.copyOf(vs, size * 2);
        }
        xs[size] = x;
        us[size] = u;
        vs[size] = v;
        slots[slot] = ++size;
        return size - 1;
    }

    int size() {
        return size;
    }

    int x(int row) {
        return xs[row];
    }

    double u(int row) {
        return us[row];
    }

    double v(int row) {
        return vs[row];
    }
}
