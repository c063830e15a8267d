package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.value.Distribution;
import io.clientela.analytics.value.Figures;
import io.clientela.core.value.CustomerInputs;
import io.clientela.core.value.ValueWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Fits the purchase and spend models to the purchases up to an end day — the calibration end, to
 * check the models against the holdout, or the as-of date, to score customers now — and scores
 * every customer who had bought by then. Customers with the same (x, t_x, T) share one purchase outlook, which is what
 * makes a million customers cheap. When a model cannot be fitted the stage says why and scores
 * nobody rather than print made-up values.
 */
final class ClvStage {
    private final CustomerInputs in;
    private final ClvOptions settings;
    private final double unit;
    private final int endDay;
    private final boolean toAsOf;

    /** What the stage produced: the report and, when the fits worked, per-customer arrays (NaN = not scored). */
    record Outcome(Map<String, Object> report, double[] probabilityAlive, double[] expectedPurchases, double[] expectedOrderValue,
                   double[] clv, Map<Long, Group> groups, PurchaseModel model) {
        boolean scored() {
            return clv != null;
        }
    }

    /** The customers sharing one (x, t_x, T), and their outlook. */
    record Group(RfmSummary history, long customers, PurchaseOutlook outlook) {
    }

    private ClvStage(CustomerInputs in, ClvOptions settings, int endDay, boolean toAsOf) {
        this.in = in;
        this.settings = settings;
        this.unit = ValueWindow.periodDays(settings.period());
        this.endDay = endDay;
        this.toAsOf = toAsOf;
    }

    /** The models fitted on the purchases up to the calibration end. */
    static ClvStage calibration(CustomerInputs in, ValueWindow window, ClvOptions settings) {
        return new ClvStage(in, settings, (int) window.calibrationEnd().toEpochDay(), false);
    }

    /** The models fitted on every purchase up to the as-of date. */
    static ClvStage asOf(CustomerInputs in, ValueWindow window, ClvOptions settings) {
        return new ClvStage(in, settings, (int) window.asOf().toEpochDay(), true);
    }

    /**
     * @param marginRate   the share of revenue that is profit, for CLV
     * @param fitAllModels also fit the model not used for scoring, to compare them
     */
    Outcome run(double marginRate, boolean fitAllModels) {
        Map<String, Object> report = new LinkedHashMap<>();
        int n = in.size();
        double[] histories = new double[n * 4];
        double[] spends = new double[n * 3];
        int h = 0;
        int s = 0;
        long customers = 0;
        long repeatBuyers = 0;
        long nonPositiveSpend = 0;
        for (int i = 0; i < n; i++) {
            int x = x(i);
            if (x < 0) {
                continue;
            }
            customers++;
            histories[h++] = x;
            histories[h++] = tx(i);
            histories[h++] = age(i);
            histories[h++] = 1;
            if (x > 0) {
                repeatBuyers++;
                double m = mean(i);
                if (m > 0) {
                    spends[s++] = x;
                    spends[s++] = m;
                    spends[s++] = 1;
                } else {
                    nonPositiveSpend++;
                }
            }
        }
        double[] fitted = Arrays.copyOf(histories, h);
        double[] spent = Arrays.copyOf(spends, s);
        report.put("customers", customers);
        report.put("repeat_buyers", repeatBuyers);
        if (nonPositiveSpend > 0) {
            report.put("repeat_buyers_without_positive_spend", nonPositiveSpend);
        }
        List<String> errors = new ArrayList<>();
        FitReport bgnbd = null;
        FitReport pareto = null;
        if (settings.model().equals(BgNbd.MODEL) || fitAllModels) {
            bgnbd = fit(report, BgNbd.MODEL, errors, () -> BgNbd.fit(fitted));
        }
        FitReport spend = fit(report, GammaGamma.MODEL, errors, () -> GammaGamma.fit(spent));
        if (settings.model().equals(ParetoNbd.MODEL) || fitAllModels) {
            pareto = fit(report, ParetoNbd.MODEL, errors, () -> ParetoNbd.fit(fitted));
        }
        FitReport chosen = settings.model().equals(BgNbd.MODEL) ? bgnbd : pareto;
        if (chosen == null || spend == null) {
            report.put("scored", false);
            report.put("reason", "lifetime values were not computed: " + String.join("; ", errors));
            return new Outcome(report, null, null, null, null, Map.of(), null);
        }
        PurchaseModel model = chosen.model().equals(BgNbd.MODEL) ? BgNbd.of(chosen) : ParetoNbd.of(chosen);
        ClvTerms terms = new ClvTerms(settings.horizonMonths(), 30.4375 / unit, settings.monthlyDiscountRate(), marginRate);
        report.put("scored", true);
        report.put("scoring_model", chosen.model());
        report.put("terms", Map.of("horizon_months", terms.periods(), "monthly_discount_rate", Figures.round(terms.discountRate()),
                "margin", Figures.round(marginRate), "period_length", Figures.round(terms.periodLength())));
        return score(report, model, new Clv(model, GammaGamma.of(spend), terms));
    }

    /**
     * Scores every customer: the purchase outlook once per distinct (x, t_x, T), on all cores,
     * then each customer's own order value and CLV.
     */
    private Outcome score(Map<String, Object> report, PurchaseModel model, Clv clv) {
        int n = in.size();
        long[] keys = new long[n];
        int scored = 0;
        for (int i = 0; i < n; i++) {
            keys[i] = x(i) < 0 ? -1 : key(i);
            scored += x(i) < 0 ? 0 : 1;
        }
        long[] distinct = Arrays.stream(keys).filter(k -> k >= 0).sorted().distinct().toArray();
        PurchaseOutlook[] outlooks = new PurchaseOutlook[distinct.length];
        IntStream.range(0, distinct.length).parallel().forEach(g -> outlooks[g] = clv.outlook(history(distinct[g])));
        long[] counts = new long[distinct.length];
        double[] alive = new double[n];
        double[] purchases = new double[n];
        double[] orderValue = new double[n];
        double[] value = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (keys[i] < 0) {
                alive[i] = purchases[i] = orderValue[i] = value[i] = Double.NaN;
                continue;
            }
            int g = Arrays.binarySearch(distinct, keys[i]);
            counts[g]++;
            ClvEstimate e = clv.estimate(new RfmSummary(x(i), tx(i), age(i), Math.max(0, mean(i)), 1), outlooks[g]);
            alive[i] = e.probabilityAlive();
            purchases[i] = e.expectedPurchases();
            orderValue[i] = e.expectedOrderValue();
            value[i] = e.value();
            total += e.value();
        }
        Map<Long, Group> groups = new HashMap<>(distinct.length * 2);
        for (int g = 0; g < distinct.length; g++) {
            groups.put(distinct[g], new Group(history(distinct[g]), counts[g], outlooks[g]));
        }
        report.put("scored_customers", scored);
        report.put("distinct_histories", distinct.length);
        report.put("total_clv", Figures.money(total));
        report.put("distribution", Distribution.of(value));
        return new Outcome(report, alive, purchases, orderValue, value, groups, model);
    }

    /** The history (x, t_x, T) a key stands for, with no spend: the purchase models need no more. */
    private RfmSummary history(long key) {
        int x = (int) (key >>> 42);
        long txDays = (key >>> 21) & MASK;
        long ageDays = key & MASK;
        return new RfmSummary(x, txDays / unit, ageDays / unit, 0, 1);
    }

    private FitReport fit(Map<String, Object> report, String name, List<String> errors, java.util.function.Supplier<FitReport> fit) {
        Map<String, Object> m = new LinkedHashMap<>();
        report.put(name, m);
        try {
            long t0 = System.nanoTime();
            FitReport f = fit.get();
            f.parameters().forEach((k, v) -> m.put(k, Math.round(v * 1e6) / 1e6));
            m.put("log_likelihood", Math.round(f.logLikelihood() * 1e6) / 1e6);
            m.put("iterations", f.iterations());
            m.put("customers", (long) f.customers());
            m.put("algorithm_version", f.algorithmVersion());
            m.put("fit_seconds", Math.round((System.nanoTime() - t0) / 1e5) / 1e4);
            return f;
        } catch (AnalyticsException e) {
            m.put("error", e.getMessage());
            errors.add(e.getMessage());
            return null;
        }
    }

    /** Repeat purchase days up to the end day; -1 for customers whose first purchase is after it. */
    private int x(int i) {
        return toAsOf ? in.purchaseDays()[i] - 1 : in.repeatDaysInCalibration()[i];
    }

    private int last(int i) {
        return toAsOf ? in.lastDay()[i] : in.lastDayInCalibration()[i];
    }

    private double mean(int i) {
        return toAsOf ? in.meanRepeatValueAll()[i] : in.meanRepeatValue()[i];
    }

    private double tx(int i) {
        return x(i) == 0 ? 0 : (last(i) - in.firstDay()[i]) / unit;
    }

    private double age(int i) {
        return (endDay - in.firstDay()[i]) / unit;
    }

    private static final long MASK = (1L << 21) - 1;

    /** x, t_x and T in days packed into one number (21 bits each: up to 5,700 years). */
    private long key(int i) {
        long x = x(i);
        long txDays = x == 0 ? 0 : last(i) - in.firstDay()[i];
        long ageDays = endDay - in.firstDay()[i];
        return x << 42 | txDays << 21 | ageDays;
    }
}
