package io.clientela.analytics.value;

import java.util.Arrays;

/** Order statistics shared by the value analyses. */
public final class Ranks {
    private Ranks() {
    }

    /**
     * For each value, how many values are strictly below it: ties share one count, so equal
     * figures always get equal scores, and the result does not depend on input order.
     */
    public static int[] countBelow(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] below = new int[n];
        for (int i = 0; i < n; i++) {
            below[i] = lowerBound(sorted, values[i]);
        }
        return below;
    }

    /**
     * Quintile scores 1..5: {@code 1 + floor(5 · share of customers with a strictly lower value)}.
     * Ties share a score (many one-order customers all get frequency score 1, for example), so a
     * score can be empty when a tie spans its band.
     */
    public static int[] quintiles(double[] values) {
        int n = values.length;
        int[] below = countBelow(values);
        int[] score = new int[n];
        for (int i = 0; i < n; i++) {
            score[i] = 1 + (int) Math.floor(5.0 * below[i] / n);
        }
        return score;
    }

    /** The median of the finite values (mean of the two middle ones for an even count); NaN when there are none. */
    public static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
