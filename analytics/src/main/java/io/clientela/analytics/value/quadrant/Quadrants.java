package io.clientela.analytics.value.quadrant;

import io.clientela.analytics.value.Ranks;
import io.clientela.core.Provenance;
import java.util.EnumMap;
import java.util.Map;

/** Places customers in the satisfaction × revenue quadrants. */
public final class Quadrants {
    public static final String VERSION = "quadrant-1";

    private Quadrants() {
    }

    /**
     * @param satisfaction the index 0-100 per customer, NaN for customers without feedback
     * @param revenue      net revenue per customer
     */
    public static QuadrantResult classify(double[] satisfaction, double[] revenue, Thresholds thresholds) {
        int n = satisfaction.length;
        if (revenue.length != n) {
            throw new IllegalArgumentException("satisfaction and revenue need one entry per customer, found " + n + " and " + revenue.length);
        }
        double s = Double.isNaN(thresholds.satisfaction()) ? Ranks.median(satisfaction) : thresholds.satisfaction();
        double r = Double.isNaN(thresholds.revenue()) ? Ranks.median(revenue) : thresholds.revenue();
        Quadrant[] q = new Quadrant[n];
        Map<Quadrant, Integer> sizes = new EnumMap<>(Quadrant.class);
        for (Quadrant each : Quadrant.values()) {
            sizes.put(each, 0);
        }
        for (int i = 0; i < n; i++) {
            q[i] = Double.isNaN(satisfaction[i]) ? Quadrant.NO_FEEDBACK : Quadrant.of(satisfaction[i] >= s, revenue[i] >= r);
            sizes.merge(q[i], 1, Integer::sum);
        }
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("satisfaction_threshold", Double.isNaN(thresholds.satisfaction()) ? "median" : thresholds.satisfaction());
        parameters.put("revenue_threshold", Double.isNaN(thresholds.revenue()) ? "median" : thresholds.revenue());
        return new QuadrantResult(s, r, q, sizes, Provenance.of("satisfaction × revenue quadrant: each customer's satisfaction index and net revenue "
                + "against the thresholds (their medians unless set); customers without rated feedback apart", VERSION, parameters, null, n));
    }
}
