package io.clientela.analytics.value.abc;

import io.clientela.core.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classes and value ranks (1 = highest) of the items in input order, the item count and value
 * per class, the total positive value, and the Pareto curve at about 100 points.
 */
public record AbcResult(Cutoffs cutoffs, char[] classes, int[] rank, int[] counts, double[] sums, double total, List<CurvePoint> curve,
                        Provenance provenance) {

    /** One point of the Pareto curve: this share of items, highest value first, makes this share of the total. */
    public record CurvePoint(double items, double value) {
    }

    public String classOf(int i) {
        return String.valueOf(classes[i]);
    }

    /** Per class: items, share of items, value, share of the total value. */
    public Map<String, Map<String, Object>> summary() {
        int n = classes.length;
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (int c = 0; c < 3; c++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("items", counts[c]);
            m.put("item_share", n == 0 ? 0.0 : round(counts[c] / (double) n));
            m.put("value", round(sums[c]));
            m.put("value_share", total > 0 ? round(sums[c] / total) : 0.0);
            out.put(String.valueOf((char) ('A' + c)), m);
        }
        return out;
    }

    /** How many of the top-ranked items make {@code share} of the total (e.g. 0.8). */
    public double itemShareFor(double share) {
        for (CurvePoint p : curve) {
            if (p.value() >= share) {
                return p.items();
            }
        }
        return 1;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
