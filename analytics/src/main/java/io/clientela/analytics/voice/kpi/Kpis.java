package io.clientela.analytics.voice.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Computes {@link Kpi}s. Intervals are 95 % normal-approximation intervals: for NPS the variance of
 * P − D under the multinomial distribution of promoters, passives and detractors,
 * (P + D − (P − D)²) / n; for CSAT the Wilson score interval of a proportion; for CES the
 * mean ± 1.96 s/√n. Groups smaller than {@code minSample} are flagged, not hidden.
 */
public final class Kpis {
    private static final double Z = 1.959963984540054;
    private final int minSample;

    public Kpis(int minSample) {
        if (minSample < 1) {
            throw new IllegalArgumentException("minSample must be >= 1, was " + minSample);
        }
        this.minSample = minSample;
    }

    /** The KPI of valid scores (checked: an invalid one is an IllegalArgumentException naming it). */
    public Kpi of(Scale scale, String group, int[] scores) {
        for (int s : scores) {
            String p = scale.problem(s);
            if (p != null) {
                throw new IllegalArgumentException(group + ": " + p);
            }
        }
        int n = scores.length;
        if (n == 0) {
            return new Kpi(scale, group, 0, Double.NaN, Double.NaN, Double.NaN, true, Double.NaN, Double.NaN, Double.NaN);
        }
        boolean low = n < minSample;
        switch (scale) {
            case NPS -> {
                int pro = 0;
                int det = 0;
                for (int s : scores) {
                    if (s >= 9) {
                        pro++;
                    } else if (s <= 6) {
                        det++;
                    }
                }
                double p = (double) pro / n;
                double d = (double) det / n;
                double nps = p - d;
                double se = Math.sqrt(Math.max(0, p + d - nps * nps) / n);
                return new Kpi(scale, group, n, 100 * nps, 100 * Math.max(-1, nps - Z * se), 100 * Math.min(1, nps + Z * se), low, p, d,
                        100 * se);
            }
            case CSAT -> {
                int top = 0;
                for (int s : scores) {
                    if (s >= 4) {
                        top++;
                    }
                }
                double p = (double) top / n;
                double denom = 1 + Z * Z / n;
                double centre = (p + Z * Z / (2.0 * n)) / denom;
                double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / denom;
                return new Kpi(scale, group, n, 100 * p, 100 * (centre - half), 100 * (centre + half), low, Double.NaN, Double.NaN,
                        100 * Math.sqrt(p * (1 - p) / n));
            }
            default -> {
                double mean = 0;
                for (int s : scores) {
                    mean += (double) s / n;
                }
                double ss = 0;
                for (int s : scores) {
                    ss += (s - mean) * (s - mean);
                }
                double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN;
                return new Kpi(scale, group, n, mean, mean - Z * se, mean + Z * se, low, Double.NaN, Double.NaN, se);
            }
        }
    }

    /** Answers with a score and the groups they belong to. */
    public record Answer(int score, Map<String, String> groups) {
    }

    /** The KPI per value of one grouping key (e.g. "month" or "channel"), groups in key order; missing values are "(none)". */
    public Map<String, Kpi> by(Scale scale, List<Answer> answers, String key) {
        Map<String, List<Integer>> grouped = new TreeMap<>();
        for (Answer a : answers) {
            String g = a.groups().get(key);
            grouped.computeIfAbsent(g == null || g.isBlank() ? "(none)" : g, k -> new ArrayList<>()).add(a.score());
        }
        Map<String, Kpi> out = new LinkedHashMap<>();
        grouped.forEach((g, s) -> out.put(g, of(scale, g, s.stream().mapToInt(Integer::intValue).toArray())));
        return out;
    }

    /** A change between two KPIs and its two-sided z-test. */
    public record Change(String from, String to, double difference, double z, double p, boolean significant) {
    }

    /** Whether {@code to} differs from {@code from} at the 5 % level (independent samples, normal approximation). */
    public static Change change(Kpi from, Kpi to) {
        double diff = to.value() - from.value();
        double se = Math.sqrt(from.standardError() * from.standardError() + to.standardError() * to.standardError());
        double z = se > 0 ? diff / se : 0;
        double p = se > 0 ? Erfc.value(Math.abs(z) / Math.sqrt(2)) : 1;
        return new Change(from.group(), to.group(), diff, z, p, p < 0.05 && from.n() > 0 && to.n() > 0);
    }

    /** Consecutive changes of an ordered series of groups (e.g. months). */
    public static List<Change> trend(Map<String, Kpi> ordered) {
        List<Change> out = new ArrayList<>();
        Kpi prev = null;
        for (Kpi k : ordered.values()) {
            if (prev != null && prev.n() > 0 && k.n() > 0) {
                out.add(change(prev, k));
            }
            prev = k;
        }
        return out;
    }

}
