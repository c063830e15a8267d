package io.clientela.store.voice;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.Json;
import io.clientela.store.query.CustomerFilter;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The voice of the customer for the voice pages: which voice run they read and what it stored, and
 * what is counted in SQL under the shared filters ({@link VoiceSelection}): sentiment per month and
 * language and the themes, over the run's reading of each response; the NPS, CSAT and CES answers
 * per month, over the stored feedback (no run needed). No personal data.
 */
public final class VoiceQueries {
    private final Connection c;

    public VoiceQueries(Handle h) {
        this.c = h.connection();
    }

    /**
     * How many voice runs and feedback responses there are and, with a run, what it read: responses,
     * those with text, languages, sentiment labels and provenance (null without a run).
     */
    public record Summary(long runs, long feedback, Long responses, Long withText, JsonNode languages, JsonNode sentiment, JsonNode provenance) {
    }

    /** Sentiment over everything selected ({@code all}, null when nothing is), per language and per month and language. */
    public record Sentiment(Map<String, Object> all, List<Map<String, Object>> byLanguage, List<Map<String, Object>> monthly) {
    }

    /** How many selected responses have text, each theme's figures (most mentioned first), and the run's candidate themes as stored. */
    public record Themes(long texts, List<Map<String, Object>> themes, JsonNode candidateThemes) {
    }

    /** How many responses of a month (yyyy-mm) gave this combination of NPS, CSAT and CES answers (each null when not given). */
    public record ScoreCount(String month, Integer nps, Integer csat, Integer ces, int n) {
    }

    /** The latest voice run, or null when none has run. */
    public Long latestRun() {
        return Db.queryLong(c, "SELECT max(run_id) FROM voice_runs");
    }

    public boolean hasRun(long run) {
        return Db.queryLong(c, "SELECT count(*) FROM voice_runs WHERE run_id = ?", run) != 0;
    }

    public LocalDateTime createdAt(long run) {
        return (LocalDateTime) Db.queryValue(c, "SELECT created_at FROM voice_runs WHERE run_id = ?", run);
    }

    /** The run's stored aggregates (an empty object without a run; then nothing is read). */
    public JsonNode aggregates(Long run) {
        if (run == null) {
            return Json.tree(null);
        }
        return Json.tree(Db.queryString(c, "SELECT CAST(aggregates AS VARCHAR) FROM voice_runs WHERE run_id = ?", run));
    }

    public Summary summary(Long run) {
        long runs = Db.queryLong(c, "SELECT count(*) FROM voice_runs");
        long feedback = Db.queryLong(c, "SELECT count(*) FROM feedback");
        if (run == null) {
            return new Summary(runs, feedback, null, null, null, null, null);
        }
        Map<String, Object> r = Db.query(c, "SELECT responses, with_text, CAST(provenance AS VARCHAR) AS provenance FROM voice_runs WHERE run_id = ?",
                run).get(0);
        JsonNode a = aggregates(run);
        return new Summary(runs, feedback, ((Number) r.get("responses")).longValue(), ((Number) r.get("with_text")).longValue(), a.path("languages"),
                a.path("sentiment"), Json.tree((String) r.get("provenance")));
    }

    /** Sentiment of the run's responses with text that the filter and {@code languages} (none: all) select. */
    public Sentiment sentiment(long run, CustomerFilter f, List<String> languages) {
        List<Object> p = new ArrayList<>();
        String scope = VoiceSelection.of(c, f, run, p) + VoiceSelection.languages(languages, p);
        String b = "SELECT " + VoiceSelection.MONTH.formatted("r") + " AS month, r.language, r.sentiment, r.label FROM " + scope
                + " AND NOT r.empty_text AND r.sentiment IS NOT NULL";
        List<Map<String, Object>> rows = Db.query(c, "WITH b AS (" + b + ")" + """
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
                row.put("month", VoiceSelection.month(row.get("month")));
                monthly.add(row);
            }
        }
        return new Sentiment(all, byLanguage, monthly);
    }

    /** The themes of the run's responses with text that the filter and {@code languages} (none: all) select; one scan of the selection. */
    public Themes themes(long run, CustomerFilter f, List<String> languages) {
        List<Object> p = new ArrayList<>();
        String scope = VoiceSelection.of(c, f, run, p) + VoiceSelection.languages(languages, p);
        String b = "SELECT r.themes, r.sentiment, r.label, r.nps FROM " + scope + " AND NOT r.empty_text";
        // the first row (theme NULL) counts the selection's texts, the others each theme's mentions
        List<Map<String, Object>> rows = Db.query(c, """
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
        return new Themes(texts, themes, aggregates(run).path("candidate_themes"));
    }

    /**
     * The stored feedback's NPS, CSAT and CES answers that the filter selects, counted per month and
     * combination of the three (one scan; a few thousand rows), for the KPI trends.
     */
    public List<ScoreCount> scoreCounts(CustomerFilter f) {
        List<Object> p = new ArrayList<>();
        String scope = VoiceSelection.of(c, f, null, p);
        String sql = "SELECT " + VoiceSelection.MONTH.formatted("f") + " AS month, f.nps, f.csat, f.ces, count(*) AS n FROM " + scope
                + " AND (f.nps IS NOT NULL OR f.csat IS NOT NULL OR f.ces IS NOT NULL) GROUP BY ALL";
        List<ScoreCount> out = new ArrayList<>();
        for (Map<String, Object> r : Db.query(c, sql, p.toArray())) {
            out.add(new ScoreCount(VoiceSelection.month(r.get("month")), score(r.get("nps")), score(r.get("csat")), score(r.get("ces")),
                    ((Number) r.get("n")).intValue()));
        }
        return out;
    }

    private static Integer score(Object v) {
        return v instanceof Number n ? n.intValue() : null;
    }
}
