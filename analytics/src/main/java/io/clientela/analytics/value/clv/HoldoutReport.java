package io.clientela.analytics.value.clv;

import io.clientela.analytics.value.Figures;
import io.clientela.core.value.CustomerInputs;
import io.clientela.core.value.ValueWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the purchase model predicts the holdout period: expected against actual purchases per
 * calibration frequency (x = 0..6 and 7+), and cumulative repeat purchases week by week from the
 * start of the data, the two checks of Fader, Hardie and Lee (2005). Only customers who had bought by the calibration end take part.
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
                                  PurchaseModel model, int startDay, long[] weeklyActual) {
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
        m.put("weekly", weekly(in, window, model, periodDays, startDay, weeklyActual));
        return m;
    }

    /**
     * Cumulative repeat purchases week by week over calibration and holdout, actual against the
     * model's E[X(t)] summed over the customers by the day of their first purchase (Fader, Hardie
     * and Lee 2005, figure 4): one model evaluation per first-purchase day and week.
     */
    private static List<Map<String, Object>> weekly(CustomerInputs in, ValueWindow window, PurchaseModel model, double periodDays, int startDay,
                                                    long[] weeklyActual) {
        Map<Integer, Long> byFirstDay = new java.util.TreeMap<>();
        for (int i = 0; i < in.size(); i++) {
            if (in.repeatDaysInCalibration()[i] >= 0) {
                byFirstDay.merge(in.firstDay()[i], 1L, Long::sum);
            }
        }
        int calibrationDay = (int) window.calibrationEnd().toEpochDay();
        int asOfDay = (int) window.asOf().toEpochDay();
        List<Map<String, Object>> weeks = new ArrayList<>();
        long cumulative = 0;
        for (int k = 0; k < weeklyActual.length; k++) {
            int last = Math.min(asOfDay, startDay + 7 * k + 6);
            double expected = 0;
            for (Map.Entry<Integer, Long> e : byFirstDay.entrySet()) {
                if (e.getKey() < last) {
                    expected += e.getValue() * model.expectedPurchases((last - e.getKey()) / periodDays);
                }
            }
            cumulative += weeklyActual[k];
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("week", k + 1);
            row.put("to", java.time.LocalDate.ofEpochDay(last).toString());
            row.put("period", last <= calibrationDay ? "calibration" : "holdout");
            row.put("actual_cumulative", cumulative);
            row.put("expected_cumulative", Figures.round(expected));
            weeks.add(row);
        }
        return weeks;
    }
}
