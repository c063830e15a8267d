package io.clientela.service.value;

import io.clientela.analytics.value.abc.Cutoffs;
import io.clientela.analytics.value.clv.ClvOptions;
import io.clientela.analytics.value.quadrant.Thresholds;
import io.clientela.analytics.value.rfm.Segments;
import io.clientela.core.value.ValueWindow;
import io.clientela.store.value.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of the value analyses, from the {@code value:} and {@code currency:} sections of
 * {@code clientela.yaml}, each overridable per run on the command line.
 *
 * @param period       the purchase models' time unit: day, week or month
 * @param model        the purchase model that scores customers: bgnbd or pareto_nbd
 * @param horizonMonths the CLV horizon in months
 * @param annualDiscountRate the discount rate per year (0.10 = 10 %), applied monthly
 * @param margin       share of revenue that is profit, for CLV; null = from product costs when known, else 1
 * @param abcBy        revenue or margin
 */
public record ValueSettings(String period, String model, int horizonMonths, double annualDiscountRate, Double margin, String abcBy,
                            Cutoffs cutoffs, Thresholds thresholds, Segments segments, Currency currency) {
    public static final ValueSettings DEFAULTS = new ValueSettings("week", "bgnbd", 12, 0.10, null, "revenue", Cutoffs.DEFAULT,
            Thresholds.MEDIANS, Segments.defaults(), Currency.SINGLE);

    public ValueSettings {
        ValueWindow.periodDays(period);
        if (!model.equals("bgnbd") && !model.equals("pareto_nbd")) {
            throw new IllegalArgumentException("model must be bgnbd or pareto_nbd, not '" + model + "'");
        }
        if (horizonMonths < 1 || horizonMonths > 1200) {
            throw new IllegalArgumentException("the CLV horizon must be 1 to 1200 months, found " + horizonMonths);
        }
        if (!(annualDiscountRate >= 0 && annualDiscountRate < 10)) {
            throw new IllegalArgumentException("the annual discount rate must be between 0 and 10 (0.10 = 10 %), found " + annualDiscountRate);
        }
        if (margin != null && !(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("the margin is a share of revenue between 0 and 1, found " + margin);
        }
        if (!abcBy.equals("revenue") && !abcBy.equals("margin")) {
            throw new IllegalArgumentException("ABC classes are by revenue or margin, not '" + abcBy + "'");
        }
        Objects.requireNonNull(cutoffs, "cutoffs");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(currency, "currency");
    }

    /** How the lifetime-value models are fitted and scored under these settings. */
    public ClvOptions clvOptions(boolean fitAllModels) {
        return new ClvOptions(model, period, horizonMonths, monthlyDiscountRate(), fitAllModels);
    }

    /** The discount rate per month equivalent to the annual rate. */
    public double monthlyDiscountRate() {
        return Math.pow(1 + annualDiscountRate, 1 / 12.0) - 1;
    }

    public ValueSettings with(String period, String model, Integer horizonMonths, Double annualDiscountRate, Double margin, String abcBy) {
        return new ValueSettings(period == null ? this.period : period, model == null ? this.model : model,
                horizonMonths == null ? this.horizonMonths : horizonMonths,
                annualDiscountRate == null ? this.annualDiscountRate : annualDiscountRate, margin == null ? this.margin : margin,
                abcBy == null ? this.abcBy : abcBy, cutoffs, thresholds, segments, currency);
    }

    /** The settings as stored with a run. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", period);
        m.put("model", model);
        m.put("horizon_months", horizonMonths);
        m.put("annual_discount_rate", annualDiscountRate);
        m.put("margin", margin);
        m.put("abc_by", abcBy);
        m.put("abc_cutoffs", Map.of("a", cutoffs.a(), "b", cutoffs.b()));
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("satisfaction", Double.isNaN(thresholds.satisfaction()) ? "median" : thresholds.satisfaction());
        t.put("revenue", Double.isNaN(thresholds.revenue()) ? "median" : thresholds.revenue());
        m.put("quadrant_thresholds", t);
        m.put("rfm_segments", segments.asList());
        m.put("currency", currency.baseCode().orElse("(single currency of the data)"));
        if (!currency.perBase().isEmpty()) {
            m.put("exchange_rates", currency.perBase());
        }
        return m;
    }
}
