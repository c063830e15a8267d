package io.clientela.service.value;

import io.clientela.analytics.value.Figures;
import io.clientela.analytics.value.abc.AbcResult;
import io.clientela.analytics.value.quadrant.Quadrant;
import io.clientela.analytics.value.quadrant.QuadrantResult;
import io.clientela.analytics.value.rfm.RfmGrid;
import io.clientela.analytics.value.rfm.RfmResult;
import io.clientela.core.Provenance;
import io.clientela.store.value.ValueInputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** What a value run reports of its RFM, ABC and quadrant results, as stored with the run: sizes, curves, definitions and provenance. */
final class ValueReports {
    private ValueReports() {
    }

    static Map<String, Object> rfm(RfmResult r, UnaryOperator<Provenance> frame) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("segments", r.segmentSizes());
        m.put("grid", RfmGrid.of(r));
        m.put("definition", "quintile scores 1-5 (ties share a score); recency in days since the last purchase (fewer is better), "
                + "frequency in purchase days, monetary in net revenue; segments by R and FM = round((F + M) / 2)");
        m.put("provenance", frame.apply(r.provenance()).asMap());
        return m;
    }

    static Map<String, Object> abc(AbcResult r, String of, UnaryOperator<Provenance> frame) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("of", of);
        m.put("cutoffs", Map.of("a", r.cutoffs().a(), "b", r.cutoffs().b()));
        m.put("classes", r.summary());
        m.put("share_making_80_percent", Figures.round(r.itemShareFor(0.8)));
        m.put("pareto_curve", r.curve().stream().map(p -> List.of(Figures.round(p.items()), Figures.round(p.value()))).toList());
        m.put("provenance", frame.apply(r.provenance()).asMap());
        return m;
    }

    static Map<String, Object> quadrant(QuadrantResult q, UnaryOperator<Provenance> frame) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("satisfaction_threshold", Figures.round(q.satisfactionThreshold()));
        m.put("revenue_threshold", Figures.round(q.revenueThreshold()));
        Map<String, Object> sizes = new LinkedHashMap<>();
        for (Quadrant each : Quadrant.values()) {
            sizes.put(each.label(), q.sizes().get(each));
        }
        m.put("sizes", sizes);
        m.put("satisfaction_index", "per rated response NPS × 10 or (CSAT − 1) × 25 (their mean when both), 0-100, weighted by 0.5^(age in days / "
                + ValueInputs.SATISFACTION_HALF_LIFE_DAYS + ") at the as-of date");
        m.put("provenance", frame.apply(q.provenance()).asMap());
        return m;
    }
}
