package io.clientela.analytics.value.clv;

import io.clientela.core.value.CustomerInputs;
import io.clientela.core.value.ValueWindow;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Lifetime value with its check. With a holdout (calibration end before the as-of date) the
 * models are fitted on the calibration period and compared with what customers then did (the
 * holdout report of Fader, Hardie and Lee 2005), and fitted again on everything up to the as-of
 * date to score customers now; without one, a single fit up to the as-of date scores them.
 */
public final class LifetimeValues {
    private LifetimeValues() {
    }

    /**
     * The report and, when the models could be fitted, each customer's scores (NaN = not scored).
     *
     * @param probabilityAlive   P(alive) at the as-of date, aligned with the inputs; null when nothing was scored
     */
    public record Outcome(Map<String, Object> report, double[] probabilityAlive, double[] expectedPurchases, double[] expectedOrderValue,
                          double[] clv) {
    }

    /**
     * @param marginRate   the share of revenue that is profit
     * @param weeklyActual given the first day of the data, the customers' repeat purchases per week
     *                     after it up to the calibration end and beyond (index 0 is days 1 to 7);
     *                     asked only when there is a holdout to check
     */
    public static Outcome run(CustomerInputs in, ValueWindow window, ClvOptions options, double marginRate, IntFunction<long[]> weeklyActual) {
        ClvStage.Outcome scoring;
        Map<String, Object> report;
        if (window.hasHoldout()) {
            ClvStage.Outcome calibration = ClvStage.calibration(in, window, options).run(marginRate, options.fitAllModels());
            report = new LinkedHashMap<>(calibration.report());
            report.keySet().removeIf(k -> !k.equals("customers") && !k.equals("repeat_buyers") && !k.startsWith("repeat_buyers_")
                    && !k.equals("bgnbd") && !k.equals("pareto_nbd") && !k.equals("gamma_gamma"));
            if (calibration.model() != null) {
                int start = Arrays.stream(in.firstDay()).min().orElseThrow();
                report.put("holdout", HoldoutReport.of(in, window, window.periodDays(), calibration.groups(), calibration.model(), start,
                        weeklyActual.apply(start)));
            } else {
                report.put("holdout", Map.of("error", calibration.report().get("reason")));
            }
            scoring = ClvStage.asOf(in, window, options).run(marginRate, false);
            Map<String, Object> now = new LinkedHashMap<>(scoring.report());
            now.put("fitted_to", window.asOf().toString());
            report.put("scoring", now);
        } else {
            scoring = ClvStage.asOf(in, window, options).run(marginRate, options.fitAllModels());
            report = new LinkedHashMap<>(scoring.report());
        }
        report.put("definition", "BG/NBD or Pareto/NBD purchases and Gamma-Gamma order value per " + options.period()
                + ", same-day orders one purchase; CLV = margin × expected order value × Σ over the horizon's months of the "
                + "expected purchases in that month discounted monthly");
        return new Outcome(report, scoring.probabilityAlive(), scoring.expectedPurchases(), scoring.expectedOrderValue(), scoring.clv());
    }
}
