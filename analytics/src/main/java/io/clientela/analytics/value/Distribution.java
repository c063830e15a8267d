package io.clientela.analytics.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Summary of a per-customer figure for charts: quantiles and a 20-bin histogram up to the 99th percentile. */
public final class Distribution {
    private static final int BINS = 20;

    private Distribution() {
    }

    public static Map<String, Object> of(double[] values) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", v.length);
        if (v.length == 0) {
            return m;
        }
        m.put("mean", Figures.round(Arrays.stream(v).average().orElse(Double.NaN)));
        for (int p : new int[] {10, 25, 50, 75, 90, 99}) {
            m.put("p" + p, Figures.round(quantile(v, p / 100.0)));
        }
        m.put("max", Figures.round(v[v.length - 1]));
        double lo = Math.min(0, v[0]);
        double hi = quantile(v, 0.99);
        List<Map<String, Object>> bins = new ArrayList<>();
        if (hi > lo) {
            double width = (hi - lo) / BINS;
            long[] counts = new long[BINS + 1];
            for (double d : v) {
                counts[d >= hi ? BINS : (int) Math.max(0, Math.floor((d - lo) / width))]++;
            }
            for (int b = 0; b <= BINS; b++) {
                Map<String, Object> bin = new LinkedHashMap<>();
                bin.put("from", Figures.round(lo + b * width));
                bin.put("to", b == BINS ? null : Figures.round(lo + (b + 1) * width));
                bin.put("customers", counts[b]);
                bins.add(bin);
            }
        }
        m.put("histogram", bins);
        return m;
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy by default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
