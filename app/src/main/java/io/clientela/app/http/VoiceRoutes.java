package io.clientela.app.http;

import io.clientela.core.UsageException;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates of the voice of the customer for the voice page: the latest run, sentiment over time
 * and themes (counted in SQL over the run's reading of each response, {@code voice_responses},
 * under the shared filters),
 * the KPI trends ({@link VoiceKpiRoute}), terms and key drivers ({@link VoiceResultRoutes}). No
 * personal data: viewers may read them.
 */
final class VoiceRoutes {
    static final List<String> FILTERS = List.of("run", "from", "to", "country", "region", "channel", "segment", "abc", "quadrant");
    static final Set<String> LANGUAGES = Set.of("en", "es", "zh", "hu", "unknown");

    private VoiceRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/voice/summary", Role.ALL, "The voice run the voice pages read (run=N, default the latest): when, how many responses, "
                + "languages, sentiment labels and provenance; run_id null when no voice analysis has run", List.of("run"), false, false, VoiceRoutes::summary);
        VoiceKpiRoute.install(api);
        api.get("/api/v1/voice/sentiment", Role.ALL, "Sentiment per month and language: responses with text, mean score in [-1, 1], share negative "
                + "and positive", with("language"), false, false, VoiceRoutes::sentiment);
        api.get("/api/v1/voice/themes", Role.ALL, "Themes of the taxonomy: responses mentioning each, share of texts, mean sentiment, share negative, "
                + "NPS of those responses; and the run's candidate themes (frequent phrases no theme covers)", with("language"), false, false, VoiceRoutes::themes);
        VoiceResultRoutes.install(api);
    }

    static List<String> with(String... more) {
        List<String> out = new ArrayList<>(FILTERS);
        out.addAll(List.of(more));
        return out;
    }

    /** Common head of every voice answer: the run read (null when none) and, without one, why the lists are empty. */
    static Map<String, Object> head(Call call, Long run) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", run);
        out.put("created_at", run == null ? null : Db.queryValue(call.c(), "SELECT created_at FROM voice_runs WHERE run_id = ?", run));
        if (run == null) {
            out.put("message", VoiceRuns.NONE);
        }
        return out;
    }

    /** {@code AND r.language IN (...)} for the {@code language} parameter (checked against the four languages and "unknown"). */
    static String languages(Call call, List<Object> p) {
        List<String> langs = Params.list(call.ctx(), "language");
        for (String l : langs) {
            if (!LANGUAGES.contains(l)) {
                throw new UsageException("parameter 'language': expected some of " + LANGUAGES.stream().sorted().toList() + ", got '" + l + "'");
            }
        }
        if (langs.isEmpty()) {
            return "";
        }
        p.addAll(langs);
        return " AND r.language IN (" + String.join(", ", langs.stream().map(x -> "?").toList()) + ")";
    }

    private static void summary(Call call) {
        Long run = VoiceRuns.chosen(call);
        Map<String, Object> out = head(call, run);
        out.put("runs", Db.queryLong(call.c(), "SELECT count(*) FROM voice_runs"));
        out.put("feedback", Db.queryLong(call.c(), "SELECT count(*) FROM feedback"));
        if (run != null) {
            Map<String, Object> r = Db.query(call.c(), "SELECT responses, with_text, CAST(provenance AS VARCHAR) AS provenance FROM voice_runs WHERE run_id = ?", run).get(0);
            JsonNode a = VoiceRuns.aggregates(call.c(), run);
            out.put("responses", r.get("responses"));
            out.put("with_text", r.get("with_text"));
            out.put("languages", a.path("languages"));
            out.put("sentiment", a.path("sentiment"));
            out.put("provenance", Runs.parse((String) r.get("provenance")));
        }
        call.ctx().json(out);
    }

    private static void sentiment(Call call) {
        Long run = VoiceRuns.chosen(call);
        Map<String, Object> out = head(call, run);
        if (run == null) {
            out.put("all", null);
            out.put("by_language", List.of());
            out.put("monthly", List.of());
            call.ctx().json(out);
            return;
        }
        List<Object> p = new ArrayList<>();
        String scope = VoiceScope.of(call, Filters.of(call.ctx()), run, p) + languages(call, p);
        String b = "SELECT " + VoiceScope.MONTH.formatted("r") + " AS month, r.language, r.sentiment, r.label FROM " + scope
                + " AND NOT r.empty_text AND r.sentiment IS NOT NULL";
        List<Map<String, Object>> rows = Db.query(call.c(), "WITH b AS (" + b + ")" + """
                SELECT month, language, grouping(month) AS gm, grouping(language) AS gl, count(*) AS responses, round(avg(sentiment), 4) AS mean,
                       round(avg(CASE WHEN label = 'negative' THEN 1.0 ELSE 0.0 END), 4) AS share_negative,
                       round(avg(CASE WHEN label = 'positive' THEN 1.0 ELSE 0.0 END), 4) AS share_positive
                FROM b GROUP BY GROUPING SETS ((month, language), (month), (language), ())
                ORDER BY month NULLS FIRST, language NULLS FIRST""", p.toArray());
        Map<String, Object> all = null;
        List<Map<String, Object>> byLanguage = new ArrayList<>();
        List<Map<String, Object>> monthly = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            boolean anyMonth = ((Number) row.remove("gm")).intValue() == 1;
            boolean anyLanguage = ((Number) row.remove("gl")).intValue() == 1;
            if (anyLanguage) {
                row.put("language", "all");
            }
            if (anyMonth && anyLanguage) {
                row.remove("month");
                all = row;
            } else if (anyMonth) {
                row.remove("month");
                byLanguage.add(row);
            } else {
                row.put("month", VoiceScope.month(row.get("month")));
                monthly.add(row);
            }
        }
        out.put("all", all);
        out.put("by_language", byLanguage);
        out.put("monthly", monthly);
        call.ctx().json(out);
    }

    private static void themes(Call call) {
        Long run = VoiceRuns.chosen(call);
        Map<String, Object> out = head(call, run);
        if (run == null) {
            out.put("texts", 0);
            out.put("themes", List.of());
            out.put("candidate_themes", List.of());
            call.ctx().json(out);
            return;
        }
        List<Object> p = new ArrayList<>();
        String scope = VoiceScope.of(call, Filters.of(call.ctx()), run, p) + languages(call, p);
        String b = "SELECT r.themes, r.sentiment, r.label, r.nps FROM " + scope + " AND NOT r.empty_text";
        // one scan of the selection: the first row (theme NULL) counts its texts, the others each theme's mentions
        List<Map<String, Object>> rows = Db.query(call.c(), """
                WITH b AS MATERIALIZED (%s)
                SELECT 0 AS k, NULL AS theme, count(*) AS responses, NULL AS mean_sentiment, NULL AS share_negative, NULL AS nps_of_these,
                       NULL AS nps_answers FROM b
                UNION ALL
                SELECT 1, theme, count(*), round(avg(sentiment), 4), round(avg(CASE WHEN label = 'negative' THEN 1.0 ELSE 0.0 END), 4),
                       round(100.0 * (count(*) FILTER (WHERE nps BETWEEN 9 AND 10) - count(*) FILTER (WHERE nps BETWEEN 0 AND 6))
                             / nullif(count(*) FILTER (WHERE nps BETWEEN 0 AND 10), 0), 2),
                       count(*) FILTER (WHERE nps BETWEEN 0 AND 10)
                FROM (SELECT unnest(themes) AS theme, sentiment, label, nps FROM b) GROUP BY theme
                ORDER BY k, responses DESC, theme""".formatted(b), p.toArray());
        long texts = ((Number) rows.get(0).get("responses")).longValue();
        List<Map<String, Object>> themes = new ArrayList<>();
        for (Map<String, Object> r : rows.subList(1, rows.size())) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("theme", r.get("theme"));
            t.put("responses", r.get("responses"));
            t.put("share_of_texts", Math.round(10000.0 * ((Number) r.get("responses")).longValue() / Math.max(1, texts)) / 10000.0);
            for (String k : List.of("mean_sentiment", "share_negative", "nps_of_these", "nps_answers")) {
                t.put(k, r.get(k));
            }
            themes.add(t);
        }
        out.put("texts", texts);
        out.put("themes", themes);
        out.put("candidate_themes", VoiceRuns.aggregates(call.c(), run).path("candidate_themes"));
        call.ctx().json(out);
    }
}
