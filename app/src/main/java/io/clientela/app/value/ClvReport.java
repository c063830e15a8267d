package io.clientela.app.value;

import io.clientela.store.value.CustomerInputs;
import io.clientela.store.value.ValueRollups;
import io.clientela.store.value.ValueWindow;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lifetime value with its check. With a holdout (calibration end before the as-of date) the
 * models are fitted on the calibration period and compared with what customers then did (the
 * holdout report), and fitted again on everything up to the as-of date to score customers now;
 * without one, a single fit up to the as-of date scores them.
 */
final class ClvReport {
    private final CustomerInputs in;
    private final ValueWindow window;
    private final ValueSettings settings;
    private final ValueRollups rollups;
    private final boolean fitAllModels;

    ClvReport(CustomerInputs in, ValueWindow window, ValueSettings settings, ValueRollups rollups, boolean fitAllModels) {
        this.in = in;
        this.window = window;
        this.settings = settings;
        this.rollups = rollups;
        this.fitAllModels = fitAllModels;
    }

    Map<String, Object> run(double marginRate, ValueAnalysis.Scores scores) {
        ClvStage.Outcome scoring;
        Map<String, Object> report;
        if (window.hasHoldout()) {
            ClvStage.Outcome calibration = ClvStage.calibration(in, window, settings).run(marginRate, fitAllModels);
            report = new LinkedHashMap<>(calibration.report());
            report.keySet().removeIf(k -> !k.equals("customers") && !k.equals("repeat_buyers") && !k.startsWith("repeat_buyers_")
                    && !k.equals("bgnbd") && !k.equals("pareto_nbd") && !k.equals("gamma_gamma"));
            if (calibration.model() != null) {
                int start = Arrays.stream(in.firstDay()).min().orElseThrow();
                report.put("holdout", HoldoutReport.of(in, window, window.periodDays(), calibration.groups(), calibration.model(), start,
                        rollups.repeatPurchasesByWeek(LocalDate.ofEpochDay(start), window.calibrationEnd())));
            } else {
                report.put("holdout", Map.of("error", calibration.report().get("reason")));
            }
            scoring = ClvStage.asOf(in, window, settings).run(marginRate, false);
            Map<String, Object> now = new LinkedHashMap<>(scoring.report());
            now.put("fitted_to", window.asOf().toString());
            report.put("scoring", now);
        } else {
            scoring = ClvStage.asOf(in, window, settings).run(marginRate, fitAllModels);
            report = new LinkedHashMap<>(scoring.report());
        }
        report.put("definition", "BG/NBD or Pareto/NBD purchases and Gamma-Gamma order value per " + settings.period()
                + ", same-day orders one purchase; CLV = margin × expected order value × Σ over the horizon's months of the "
                + "expected purchases in that month discounted monthly");
        if (scoring.scored()) {
            scores.alive = scoring.probabilityAlive();
            scores.purchases = scoring.expectedPurchases();
            scores.orderValue = scoring.expectedOrderValue();
            scores.clv = scoring.clv();
        }
        return report;
    }
}
