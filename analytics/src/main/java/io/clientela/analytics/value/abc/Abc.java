package io.clientela.analytics.value.abc;

import io.clientela.core.Provenance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Classifies items by their share of the total value. Items are ranked by value, highest first
 * (ties by input position, so the result is reproducible); an item is in class A when the value of
 * the items ranked before it is below {@code a} of the total — so the item that crosses the line
 * is still A, as in the usual 80/20 reading — B likewise below {@code b}, otherwise C. Only
 * positive values count towards the total: items with zero or negative value (refunded
 * everything, sold at a loss) are always C and sit at the end of the curve.
 */
public final class Abc {
    public static final String VERSION = "abc-1";

    private Abc() {
    }

    public static AbcResult classify(double[] value, Cutoffs cutoffs) {
        int n = value.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -value[i]).thenComparingInt(i -> i));
        double total = 0;
        for (double v : value) {
            total += Math.max(0, v);
        }
        char[] classes = new char[n];
        int[] rank = new int[n];
        double before = 0;
        int[] counts = new int[3];
        double[] sums = new double[3];
        List<AbcResult.CurvePoint> curve = new ArrayList<>();
        curve.add(new AbcResult.CurvePoint(0, 0));
        int step = Math.max(1, n / 100);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double v = Math.max(0, value[i]);
            double shareBefore = total > 0 ? before / total : 1;
            char c = v <= 0 ? 'C' : shareBefore < cutoffs.a() ? 'A' : shareBefore < cutoffs.b() ? 'B' : 'C';
            classes[i] = c;
            rank[i] = k + 1;
            counts[c - 'A']++;
            sums[c - 'A'] += value[i];
            before += v;
            if ((k + 1) % step == 0 || k == n - 1) {
                curve.add(new AbcResult.CurvePoint((k + 1) / (double) n, total > 0 ? before / total : 0));
            }
        }
        return new AbcResult(cutoffs, classes, rank, counts, sums, total, curve, Provenance.of("ABC: items ranked by value, highest first; "
                + "A up to the cutoff a of the cumulative share of the total positive value, B up to b, C the rest", VERSION,
                java.util.Map.of("a", cutoffs.a(), "b", cutoffs.b()), null, n));
    }
}
