package io.clientela.app.value;

import io.clientela.analytics.value.clv.PurchaseModel;
import io.clientela.store.value.CustomerInputs;
import io.clientela.store.value.ValueWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the purchase model predicts the holdout period: expected against actual purchases per
 * calibration frequency (x = 0..6 and 7+), and cumulative purchases week by week, the two checks
 * of Fader, Hardie and Lee (2005). Only customers who had bought by the calibration end take part.
 */
final class HoldoutReport {
    static final int TOP_BIN = 7;

    private HoldoutReport() {
    }

    /**
     * @param weeklyActual purchases (same-day orders merged) of those customers in each week after
     *                     the calibration end: index 0 is days 1 to 7
     */
    static Map<String, Object> of(CustomerInputs in, ValueWindow window, double periodDays, Map<Long, ClvStage.Group> groups,
                                  PurchaseModel model, long[] weeklyActual) {
        double holdoutDays = window.asOf().toEpochDay() - window.calibrationEnd().toEpochDay();
        double holdout = holdoutDays / periodDays;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calibration_end", window.calibrationEnd().toString());
        m.put("holdout_end", window.asOf().toString());
        m.put("holdout_days", (long) holdoutDays);

        double[] expected = new double[TOP_BIN + 1];
        long[] customers = new long[TOP_BIN + 1];
        for (ClvStage.Group g : groups.values()) {
            int bin = Math.min(TOP_BIN, g.history().x());
            expected[bin] += g.customers() * model.conditionalExpectedPurchases(g.history(), holdout);
            customers[bin] += g.customers();
        }
        long[] actual = new long[TOP_BIN + 1];
        for (int i = 0; i < in.size(); i++) {
            int x = in.repeatDaysInCalibration()[i];
            if (x >= 0) {
                actual[Math.min(TOP_BIN, x)] += in.holdoutDays()[i];
            }
        }
        List<Map<String, Object>> bins = new ArrayList<>();
        double totalExpected = 0;
        long totalActual = 0;
        for (int b = 0; b <= TOP_BIN; b++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("x", b == TOP_BIN ? TOP_BIN + "+" : String.valueOf(b));
            row.put("customers", customers[b]);
            row.put("actual_mean", customers[b] == 0 ? null : Figures.round(actual[b] / (double) customers[b]));
            row.put("expected_mean", customers[b] == 0 ? null : Figures.round(expected[b] / customers[b]));
            bins.add(row);
            totalExpected += expected[b];
            totalActual += actual[b];
        }
        m.put("by_calibration_frequency", bins);
        m.put("actual_purchases", totalActual);
        m.put("expected_purchases", Figures.round(totalExpected));
        m.put("error_percent", totalActual == 0 ? null : Figures.round(100 * (totalExpected - totalActual) / totalActual));
        m.put("weekly", weekly(groups, model, periodDays, holdoutDays, weeklyActual));
        return m;
    }

    private static List<Map<String, Object>> weekly(Map<Long, ClvStage.Group> groups, PurchaseModel model, double periodDays, double holdoutDays,
                                                    long[] weeklyActual) {
        List<ClvStage.Group> all = new ArrayList<>(groups.values());
        List<Map<String, Object>> weeks = new ArrayList<>();
        long cumulative = 0;
        for (int k = 1; k <= weeklyActual.length; k++) {
            double t = Math.min(7.0 * k, holdoutDays) / periodDays;
            double expected = all.parallelStream().mapToDouble(g -> g.customers() * model.conditionalExpectedPurchases(g.history(), t)).sum();
            cumulative += weeklyActual[k - 1];
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("week", k);
            row.put("actual_cumulative", cumulative);
            row.put("expected_cumulative", Figures.round(expected));
            weeks.add(row);
        }
        return weeks;
    }
}
