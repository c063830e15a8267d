package io.clientela.service.voice;

import io.clientela.analytics.voice.kpi.Kpi;
import io.clientela.analytics.voice.kpi.Kpis;
import io.clientela.analytics.voice.kpi.Scale;
import io.clientela.store.voice.VoiceQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * NPS, CSAT and CES over a selection of feedback and per month, from the store's counts of each
 * month and combination of scores ({@link VoiceQueries#scoreCounts}: one scan), computed by the same
 * {@link Kpis} as {@code analyze voice}: 95 % intervals, a minimum-sample flag, and each month's
 * change from the one before with its z-test. Scores outside their scale are left out, as in the
 * voice run.
 */
public final class VoiceKpis {
    private VoiceKpis() {
    }

    /** The KPIs as the voice page reads them: per scale, over all and per month. */
    public static Map<String, Object> of(List<VoiceQueries.ScoreCount> answers, int minSample) {
        // answers per month and combination of the three scores (a few thousand rows), split per scale here
        Map<Scale, Map<String, Map<Integer, Integer>>> tally = new TreeMap<>();
        for (VoiceQueries.ScoreCount r : answers) {
            for (Scale s : Scale.values()) {
                Integer score = switch (s) {
                    case NPS -> r.nps();
                    case CSAT -> r.csat();
                    case CES -> r.ces();
                };
                if (score != null && s.problem(score) == null) {
                    tally.computeIfAbsent(s, k -> new TreeMap<>()).computeIfAbsent(r.month(), k -> new TreeMap<>()).merge(score, r.n(), Integer::sum);
                }
            }
        }
        Map<Scale, Map<String, List<int[]>>> counts = new TreeMap<>();
        tally.forEach((s, months) -> months.forEach((m, scores) -> scores.forEach((score, n) ->
                counts.computeIfAbsent(s, k -> new TreeMap<>()).computeIfAbsent(m, k -> new ArrayList<>()).add(new int[] {score, n}))));
        Kpis kpis = new Kpis(minSample);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("min_sample", minSample);
        for (Scale s : Scale.values()) {
            Map<String, List<int[]>> byMonth = counts.getOrDefault(s, Map.of());
            Map<String, Kpi> months = new LinkedHashMap<>();
            List<int[]> total = new ArrayList<>();
            byMonth.forEach((m, scores) -> {
                months.put(m, kpis.of(s, m, expand(scores)));
                total.addAll(scores);
            });
            Map<String, Object> scale = new LinkedHashMap<>();
            scale.put("all", total.isEmpty() ? null : json(kpis.of(s, "all", expand(total)), total, s));
            Map<String, Kpis.Change> changes = new LinkedHashMap<>();
            Kpis.trend(months).forEach(c -> changes.put(c.to(), c));
            List<Map<String, Object>> series = new ArrayList<>();
            months.forEach((m, k) -> {
                Map<String, Object> row = json(k, byMonth.get(m), s);
                row.put("month", m);
                Kpis.Change c = changes.get(m);
                row.put("change", c == null ? null : round(c.difference(), 2));
                row.put("change_p", c == null ? null : round(c.p(), 4));
                row.put("change_significant", c != null && c.significant());
                series.add(row);
            });
            scale.put("months", series);
            out.put(s.name().toLowerCase(Locale.ROOT), scale);
        }
        return out;
    }

    private static int[] expand(List<int[]> scores) {
        int n = scores.stream().mapToInt(x -> x[1]).sum();
        int[] out = new int[n];
        int i = 0;
        for (int[] s : scores) {
            java.util.Arrays.fill(out, i, i + s[1], s[0]);
            i += s[1];
        }
        return out;
    }

    private static Map<String, Object> json(Kpi k, List<int[]> scores, Scale s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", k.n());
        m.put("value", round(k.value(), 2));
        m.put("low", round(k.low(), 2));
        m.put("high", round(k.high(), 2));
        m.put("low_sample", k.lowSample());
        if (s == Scale.NPS) {
            long pro = scores.stream().filter(x -> x[0] >= 9).mapToLong(x -> x[1]).sum();
            long det = scores.stream().filter(x -> x[0] <= 6).mapToLong(x -> x[1]).sum();
            m.put("promoters", pro);
            m.put("passives", k.n() - pro - det);
            m.put("detractors", det);
        }
        return m;
    }

    private static Double round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return null;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
