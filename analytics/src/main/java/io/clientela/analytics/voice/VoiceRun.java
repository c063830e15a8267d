package io.clientela.analytics.voice;

import io.clientela.analytics.voice.kpi.Kpi;
import io.clientela.analytics.voice.kpi.Kpis;
import io.clientela.analytics.voice.kpi.Scale;
import io.clientela.analytics.voice.terms.EmergingTerms;
import io.clientela.analytics.voice.terms.TermCounts;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.UnsupportedLanguageException;
import io.clientela.core.voice.FeedbackResponse;
import io.clientela.core.voice.ResponseReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One {@code analyze voice} run over feedback responses: each response read by the pipeline (its
 * stored language used when supported, else detected), KPIs per month, channel, touchpoint and
 * survey with month-to-month changes, sentiment and theme summaries, and terms emerging in the last
 * month. Scores outside their scale are listed as rejected and left out of the KPIs; the response
 * itself is still read. Nothing is dropped: every response gets a result row.
 */
public final class VoiceRun {
    public static final List<String> GROUPINGS = List.of("month", "channel", "touchpoint", "survey", "product", "country", "segment");
    private final List<ResponseReading> rows = new ArrayList<>();
    private final Map<String, Object> aggregates = new LinkedHashMap<>();
    private final List<Map<String, Object>> kpiRows = new ArrayList<>();

    /** What the run found about each response, in the order read. */
    public List<ResponseReading> rows() {
        return rows;
    }

    /** The run's aggregates (KPIs, sentiment, themes, terms, drivers), as stored with it. */
    public Map<String, Object> aggregates() {
        return aggregates;
    }

    /** One row per KPI and group: kpi, grouping, group, n, value, ci_low, ci_high, low_sample. */
    public List<Map<String, Object>> kpiRows() {
        return kpiRows;
    }

    /** Four decimals: enough to compare, no floating-point noise. */
    public static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    public VoiceRun(List<FeedbackResponse> responses, VoicePipeline pipeline, Kpis kpis) {
        Map<Scale, List<Kpis.Answer>> answers = new HashMap<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        Map<String, double[]> themeStats = new TreeMap<>();
        Map<String, Integer> labels = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Map<String, TermCounts>> termsByMonth = new TreeMap<>();
        Map<String, TermCounts> termsBySegment = new TreeMap<>();
        int withText = 0;
        double sentimentSum = 0;
        Map<String, List<Object[]>> themeDrivers = new TreeMap<>();
        for (FeedbackResponse r : responses) {
            Language given = null;
            String source = "detected";
            if (r.language() != null && !r.language().isBlank()) {
                try {
                    given = Language.fromCode(r.language());
                    source = "given";
                } catch (UnsupportedLanguageException e) {
                    source = "detected (given '" + r.language() + "' is not supported)";
                }
            }
            ResponseAnalysis a = pipeline.analyze(r.text(), given, false);
            String label = a.sentiment() == null ? null : a.sentiment().label().code();
            rows.add(new ResponseReading(r.source(), r.feedbackId(), r.customerId(), a.language().code(), a.empty() ? "none (empty text)" : source,
                    r.language(), a.sentiment() == null ? null : a.sentiment().score(), label, a.sentiment() == null ? null : a.sentiment().method(),
                    a.themes(), a.empty(), a.truncated(), a.htmlStripped(), a.mixed(), a.invalidUtf8(), r.respondedAt(), r.nps()));
            String month = r.respondedAt() == null ? null : r.respondedAt().toString().substring(0, 7);
            if (!a.empty()) {
                withText++;
                sentimentSum += a.sentiment().score();
                labels.merge(label, 1, Integer::sum);
                languages.merge(a.language().code(), 1, Integer::sum);
                for (String t : a.themes()) {
                    double[] s = themeStats.computeIfAbsent(t, k -> new double[4]);
                    s[0]++;
                    s[1] += a.sentiment().score();
                    if (r.nps() != null && Scale.NPS.problem(r.nps()) == null) {
                        s[2]++;
                        s[3] += r.nps() >= 9 ? 1 : r.nps() <= 6 ? -1 : 0;
                    }
                }
                boolean nps = r.nps() != null && Scale.NPS.problem(r.nps()) == null;
                Integer y = nps ? r.nps() : r.csat() != null && Scale.CSAT.problem(r.csat()) == null ? r.csat() : null;
                if (y != null) {
                    themeDrivers.computeIfAbsent((r.survey() == null ? "(none)" : r.survey()) + (nps ? " / NPS" : " / CSAT"), k -> new ArrayList<>())
                            .add(new Object[] {y, a.themes(), a.sentiment().label().code()});
                }
                termsBySegment.computeIfAbsent(r.segment() == null ? "(no segment)" : r.segment(), k -> new TermCounts()).add(a.terms(), a.words());
                if (month != null) {
                    termsByMonth.computeIfAbsent(month, m -> new TreeMap<>()).computeIfAbsent(a.language().code(), l -> new TermCounts()).add(a.terms(), a.words());
                }
            }
            Map<String, String> groups = new HashMap<>();
            groups.put("month", month);
            groups.put("channel", r.channel());
            groups.put("touchpoint", r.touchpoint());
            groups.put("survey", r.survey());
            groups.put("product", r.productId());
            groups.put("country", r.country());
            groups.put("segment", r.segment());
            score(Scale.NPS, r.nps(), r, groups, answers, rejected);
            score(Scale.CSAT, r.csat(), r, groups, answers, rejected);
            score(Scale.CES, r.ces(), r, groups, answers, rejected);
        }
        aggregates.put("responses", responses.size());
        aggregates.put("with_text", withText);
        aggregates.put("empty_text", responses.size() - withText);
        aggregates.put("languages", languages);
        aggregates.put("sentiment", Map.of("mean", withText == 0 ? 0 : VoiceRun.round(sentimentSum / withText), "labels", labels));
        aggregates.put("kpis", kpis(answers, kpis));
        Map<String, Object> themes = new LinkedHashMap<>();
        final int texts = withText;
        themeStats.forEach((t, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("responses", (long) s[0]);
            m.put("share_of_texts", texts == 0 ? 0 : VoiceRun.round(s[0] / texts));
            m.put("mean_sentiment", VoiceRun.round(s[1] / s[0]));
            m.put("nps_of_these", s[2] == 0 ? null : VoiceRun.round(100 * s[3] / s[2]));
            themes.put(t, m);
        });
        aggregates.put("themes", themes);
        aggregates.put("emerging_last_month", emerging(termsByMonth));
        aggregates.put("terms_by_segment", termsBySegment(termsBySegment));
        aggregates.put("top_terms", VoiceTerms.top(termsByMonth));
        aggregates.put("terms_by_month", VoiceTerms.byMonth(termsByMonth));
        aggregates.put("candidate_themes", candidates(termsByMonth, pipeline));
        aggregates.put("key_drivers", VoiceDrivers.ratings(responses));
        aggregates.put("key_driver_themes", VoiceDrivers.themes(themeDrivers));
        aggregates.put("rejected_scores", rejected);
    }


    private static void score(Scale scale, Integer value, FeedbackResponse r, Map<String, String> groups,
                              Map<Scale, List<Kpis.Answer>> answers, List<Map<String, Object>> rejected) {
        if (value == null) {
            return;
        }
        String problem = scale.problem(value);
        if (problem != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source());
            m.put("feedback_id", r.feedbackId());
            m.put("field", scale.name().toLowerCase(java.util.Locale.ROOT));
            m.put("value", value);
            m.put("reason", problem + "; left out of the KPIs");
            rejected.add(m);
            return;
        }
        answers.computeIfAbsent(scale, s -> new ArrayList<>()).add(new Kpis.Answer(value, groups));
    }

    private Map<String, Object> kpis(Map<Scale, List<Kpis.Answer>> answers, Kpis kpis) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Scale scale : Scale.values()) {
            List<Kpis.Answer> list = answers.getOrDefault(scale, List.of());
            if (list.isEmpty()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            Kpi all = kpis.of(scale, "all", list.stream().mapToInt(Kpis.Answer::score).toArray());
            m.put("all", all);
            kpiRows.add(row(scale, "all", all));
            for (String g : GROUPINGS) {
                Map<String, Kpi> by = kpis.by(scale, list, g);
                m.put("by_" + g, by.values());
                by.values().forEach(k -> kpiRows.add(row(scale, g, k)));
                if (g.equals("month")) {
                    m.put("month_changes", Kpis.trend(by));
                }
            }
            out.put(scale.name().toLowerCase(java.util.Locale.ROOT), m);
        }
        return out;
    }

    private static Map<String, Object> row(Scale scale, String grouping, Kpi k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kpi", scale.name());
        m.put("grouping", grouping);
        m.put("group", k.group());
        m.put("n", k.n());
        m.put("value", VoiceRun.round(k.value()));
        m.put("ci_low", VoiceRun.round(k.low()));
        m.put("ci_high", VoiceRun.round(k.high()));
        m.put("low_sample", k.lowSample());
        return m;
    }

    /**
     * Automatic discovery of candidate themes: the key phrases (two adjacent terms) mentioned by at
     * least 1 % of a language's responses (and 10 of them) that match no theme of the taxonomy.
     */
    /** The ten most frequent terms of each RFM segment's responses (segments of the latest value run; "(no segment)" without one). */
    private static Map<String, Object> termsBySegment(Map<String, TermCounts> bySegment) {
        Map<String, Object> out = new LinkedHashMap<>();
        bySegment.forEach((segment, counts) -> {
            List<Map<String, Object>> top = new ArrayList<>();
            for (TermCounts.Frequent f : counts.top(10, 2)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("term", f.word());
                m.put("stem", f.term());
                m.put("responses", f.responses());
                m.put("share", VoiceRun.round(f.share()));
                top.add(m);
            }
            out.put(segment, Map.of("responses", counts.responses(), "top_terms", top));
        });
        return out;
    }

    private static List<Map<String, Object>> candidates(Map<String, Map<String, TermCounts>> byMonth, VoicePipeline pipeline) {
        Map<String, Map<String, Integer>> phrases = new TreeMap<>();
        Map<String, Map<String, Map<String, Integer>>> forms = new TreeMap<>();
        Map<String, Integer> responses = new TreeMap<>();
        byMonth.values().forEach(m -> m.forEach((lang, c) -> {
            responses.merge(lang, c.responses(), Integer::sum);
            for (TermCounts.Frequent f : c.top(Integer.MAX_VALUE, 1)) {
                if (f.term().indexOf(' ') > 0) {
                    phrases.computeIfAbsent(lang, l -> new java.util.HashMap<>()).merge(f.term(), f.responses(), Integer::sum);
                    Map<String, Integer> w = forms.computeIfAbsent(lang, l -> new java.util.HashMap<>()).computeIfAbsent(f.term(), k -> new HashMap<>(2));
                    c.forms(f.term()).forEach((word, n) -> w.merge(word, n, Integer::sum));
                }
            }
        }));
        List<Map<String, Object>> out = new ArrayList<>();
        phrases.forEach((lang, counts) -> {
            Language l = Language.fromCode(lang);
            int min = Math.max(10, responses.get(lang) / 100);
            counts.entrySet().stream().filter(e -> e.getValue() >= min)
                    .filter(e -> pipeline.taxonomy().match(List.of(e.getKey().split(" ")), l).isEmpty())
                    .sorted((a, b) -> b.getValue() - a.getValue()).limit(10).forEach(e -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("language", lang);
                        m.put("phrase", TermCounts.mostFrequent(forms.get(lang).get(e.getKey()), e.getKey()));
                        m.put("stem", e.getKey());
                        m.put("responses", e.getValue());
                        out.add(m);
                    });
        });
        return out;
    }

    private static List<Map<String, Object>> emerging(Map<String, Map<String, TermCounts>> byMonth) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> months = new ArrayList<>(byMonth.keySet());
        if (months.size() < 2) {
            return out;
        }
        Map<String, TermCounts> last = byMonth.get(months.get(months.size() - 1));
        Map<String, TermCounts> previous = byMonth.get(months.get(months.size() - 2));
        EmergingTerms test = new EmergingTerms(5, 0.05);
        last.forEach((lang, after) -> {
            TermCounts before = previous.get(lang);
            if (before == null) {
                return;
            }
            test.compare(before, after).stream().filter(EmergingTerms.Emerging::significant).limit(10).forEach(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("language", lang);
                m.put("term", after.word(e.term()));
                m.put("stem", e.term());
                m.put("month", months.get(months.size() - 1));
                m.put("before", e.before());
                m.put("after", e.after());
                m.put("lift", VoiceRun.round(e.lift()));
                m.put("p_adjusted", e.adjustedP());
                out.add(m);
            });
        });
        return out;
    }
}
