package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.store.Db;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice endpoints over the demo workspace (whose demo run stored a voice run): each figure is
 * checked against a count taken straight from the stored feedback and the run's results; filters
 * narrow the counts; bad parameters are 400 problems and SQL in a filter is only text.
 */
class VoiceRoutesTest {
    private static WebFixture server;
    private static Http viewer;
    /** Exact figures: a role with personal data sees every group, however small (a viewer's are checked in MinimumGroupSizeTest). */
    private static Http analyst;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        viewer = new Http(server).signedIn("viewer");
        analyst = new Http(server).signedIn("analyst");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long count(String sql, Object... params) {
        return Db.queryLong(server.app().workspace().connection(), sql, params);
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = analyst.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    @Test
    void the_summary_names_the_latest_voice_run_the_demo_stored() {
        JsonNode s = ok("/api/v1/voice/summary");
        assertThat(s.get("run_id").asLong()).isEqualTo(count("SELECT max(run_id) FROM voice_runs")).isPositive();
        assertThat(s.get("responses").asLong()).isEqualTo(count("SELECT count(*) FROM voice_responses WHERE run_id = ?", s.get("run_id").asLong()));
        assertThat(s.get("languages").fieldNames()).toIterable().contains("en", "es", "zh", "hu");
        assertThat(s.get("provenance").get("taxonomy").asText()).isNotBlank();
    }

    @Test
    void nps_per_month_counts_promoters_passives_and_detractors_of_the_stored_feedback() {
        JsonNode nps = ok("/api/v1/voice/kpis").get("nps");
        long n = count("SELECT count(*) FROM feedback WHERE nps BETWEEN 0 AND 10");
        long promoters = count("SELECT count(*) FROM feedback WHERE nps BETWEEN 9 AND 10");
        long detractors = count("SELECT count(*) FROM feedback WHERE nps BETWEEN 0 AND 6");
        assertThat(nps.get("all").get("n").asLong()).isEqualTo(n);
        assertThat(nps.get("all").get("promoters").asLong()).isEqualTo(promoters);
        assertThat(nps.get("all").get("detractors").asLong()).isEqualTo(detractors);
        assertThat(nps.get("all").get("value").asDouble()).isCloseTo(100.0 * (promoters - detractors) / n, org.assertj.core.data.Offset.offset(0.01));
        assertThat(nps.get("all").get("low").asDouble()).isLessThan(nps.get("all").get("value").asDouble());
        JsonNode months = nps.get("months");
        assertThat(months.size()).isEqualTo((int) count("SELECT count(DISTINCT strftime(responded_at, '%Y-%m')) FROM feedback WHERE nps BETWEEN 0 AND 10"));
        JsonNode last = months.get(months.size() - 1);
        assertThat(last.get("promoters").asLong() + last.get("passives").asLong() + last.get("detractors").asLong()).isEqualTo(last.get("n").asLong())
                .isEqualTo(count("SELECT count(*) FROM feedback WHERE nps BETWEEN 0 AND 10 AND strftime(responded_at, '%Y-%m') = ?", last.get("month").asText()));
        assertThat(last.get("change").isNumber()).isTrue();
        // the same Kpis code as 'analyze voice': equal to what the demo's voice run stored
        JsonNode stored = io.clientela.store.Json.tree(Db.queryString(server.app().workspace().connection(),
                "SELECT CAST(aggregates AS VARCHAR) FROM voice_runs ORDER BY run_id DESC LIMIT 1")).at("/kpis/nps");
        JsonNode storedLast = stored.get("by_month").get(stored.get("by_month").size() - 1);
        assertThat(storedLast.get("group").asText()).isEqualTo(last.get("month").asText());
        assertThat(last.get("value").asDouble()).isCloseTo(storedLast.get("value").asDouble(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(last.get("high").asDouble()).isCloseTo(storedLast.get("high").asDouble(), org.assertj.core.data.Offset.offset(0.005));
        JsonNode storedChange = stored.get("month_changes").get(stored.get("month_changes").size() - 1);
        assertThat(last.get("change").asDouble()).isCloseTo(storedChange.get("difference").asDouble(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(last.get("change_significant").asBoolean()).isEqualTo(storedChange.get("significant").asBoolean());
        JsonNode csat = ok("/api/v1/voice/kpis").get("csat").get("all");
        assertThat(csat.get("value").asDouble()).isCloseTo(100.0 * count("SELECT count(*) FROM feedback WHERE csat BETWEEN 4 AND 5")
                / count("SELECT count(*) FROM feedback WHERE csat BETWEEN 1 AND 5"), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void the_period_and_customer_filters_narrow_the_kpis() {
        long de = count("SELECT count(*) FROM feedback f JOIN customers c USING (customer_id) WHERE c.country = 'DE' AND f.nps BETWEEN 0 AND 10 "
                + "AND f.responded_at >= TIMESTAMP '2026-01-01' AND f.responded_at < TIMESTAMP '2026-07-01'");
        JsonNode nps = ok("/api/v1/voice/kpis?country=DE&from=2026-01-01&to=2026-06-30").get("nps");
        assertThat(nps.get("all").get("n").asLong()).isEqualTo(de).isPositive();
        assertThat(nps.get("months")).isNotEmpty().allSatisfy(m -> assertThat(m.get("month").asText()).isBetween("2026-01", "2026-06"));
        JsonNode none = ok("/api/v1/voice/kpis?region=nowhere").get("nps");
        assertThat(none.get("all").isNull()).isTrue();
        assertThat(none.get("months")).isEmpty();
    }

    @Test
    void sentiment_per_month_and_language_matches_the_runs_reading_of_each_response() {
        JsonNode s = ok("/api/v1/voice/sentiment");
        long run = s.get("run_id").asLong();
        long texts = count("SELECT count(*) FROM voice_responses WHERE run_id = ? AND NOT empty_text", run);
        long negative = count("SELECT count(*) FROM voice_responses WHERE run_id = ? AND NOT empty_text AND label = 'negative'", run);
        assertThat(s.get("all").get("responses").asLong()).isEqualTo(texts);
        assertThat(s.get("all").get("share_negative").asDouble()).isCloseTo((double) negative / texts, org.assertj.core.data.Offset.offset(0.0001));
        long es = count("SELECT count(*) FROM voice_responses WHERE run_id = ? AND NOT empty_text AND language = 'es'", run);
        JsonNode spanish = ok("/api/v1/voice/sentiment?language=es");
        assertThat(spanish.get("all").get("responses").asLong()).isEqualTo(es).isPositive();
        assertThat(spanish.get("by_language")).hasSize(1);
        long monthly = 0;
        for (JsonNode m : spanish.get("monthly")) {
            assertThat(m.get("language").asText()).isIn("es", "all");
            assertThat(m.get("mean").asDouble()).isBetween(-1.0, 1.0);
            monthly += m.get("language").asText().equals("all") ? m.get("responses").asLong() : 0;
        }
        assertThat(monthly).isEqualTo(es);
    }

    @Test
    void themes_count_the_responses_mentioning_each_and_the_segment_filter_narrows_them() {
        JsonNode t = ok("/api/v1/voice/themes");
        long run = t.get("run_id").asLong();
        JsonNode first = t.get("themes").get(0);
        assertThat(first.get("responses").asLong()).isEqualTo(count("SELECT count(*) FROM voice_responses WHERE run_id = ? AND NOT empty_text "
                + "AND list_contains(themes, ?)", run, first.get("theme").asText())).isPositive();
        assertThat(t.get("texts").asLong()).isEqualTo(count("SELECT count(*) FROM voice_responses WHERE run_id = ? AND NOT empty_text", run));
        JsonNode champions = ok("/api/v1/voice/themes?segment=champions");
        long mentions = count("SELECT count(*) FROM voice_responses r JOIN customer_values v ON v.customer_id = r.customer_id AND v.run_id = "
                + "(SELECT max(run_id) FROM analysis_runs) WHERE r.run_id = ? AND NOT r.empty_text AND v.rfm_segment = 'champions' AND list_contains(r.themes, ?)",
                run, first.get("theme").asText());
        JsonNode same = null;
        for (JsonNode x : champions.get("themes")) {
            if (x.get("theme").asText().equals(first.get("theme").asText())) {
                same = x;
            }
        }
        assertThat(same).isNotNull();
        assertThat(same.get("responses").asLong()).isEqualTo(mentions).isLessThan(first.get("responses").asLong());
    }

    @Test
    void terms_come_per_language_from_the_run_and_a_period_sums_its_months() {
        JsonNode all = ok("/api/v1/voice/terms?limit=5");
        assertThat(all.get("approximate").asBoolean()).isFalse();
        assertThat(all.get("languages").size()).isGreaterThanOrEqualTo(4);
        for (JsonNode l : all.get("languages")) {
            assertThat(l.get("terms").size()).isBetween(1, 5);
            long previous = Long.MAX_VALUE;
            for (JsonNode term : l.get("terms")) {
                assertThat(term.get("responses").asLong()).isLessThanOrEqualTo(previous).isLessThanOrEqualTo(l.get("responses").asLong());
                previous = term.get("responses").asLong();
            }
        }
        JsonNode english = ok("/api/v1/voice/terms?language=en&from=2026-10-01&to=2026-10-31&country=DE");
        assertThat(english.get("approximate").asBoolean()).isTrue();
        assertThat(english.get("not_applied")).extracting(JsonNode::asText).containsExactly("country");
        assertThat(english.get("languages")).hasSize(1);
        JsonNode october = english.get("languages").get(0);
        assertThat(october.get("responses").asLong()).isEqualTo(count("SELECT CAST(aggregates->'terms_by_month'->'2026-10'->'en'->>'responses' AS BIGINT) "
                + "FROM voice_runs WHERE run_id = ?", english.get("run_id").asLong())).isPositive();
        assertThat(october.get("terms").get(0).get("responses").asLong()).isLessThanOrEqualTo(october.get("responses").asLong());
    }

    @Test
    void the_driver_matrices_are_the_runs_with_quadrant_lines_at_the_means_and_intervals() {
        JsonNode d = ok("/api/v1/voice/drivers?country=DE");
        assertThat(d.get("not_applied")).extracting(JsonNode::asText).containsExactly("country");
        JsonNode m = d.get("matrices").get(0);
        assertThat(m.get("kind").asText()).isEqualTo("ratings");
        assertThat(m.get("drivers").size()).isGreaterThan(1);
        double imp = 0;
        int unclearSeen = 0;
        for (JsonNode x : m.get("drivers")) {
            imp += x.get("importance").asDouble();
            boolean important = x.get("importance").asDouble() >= m.get("importance_mean").asDouble() - 1e-4;
            boolean good = x.get("performance").asDouble() >= m.get("performance_mean").asDouble() - 1e-4;
            double impMean = m.get("importance_mean").asDouble();
            double perfMean = m.get("performance_mean").asDouble();
            assertThat(x.get("performance_low").asDouble()).isLessThanOrEqualTo(x.get("performance").asDouble());
            assertThat(x.get("performance_high").asDouble()).isGreaterThanOrEqualTo(x.get("performance").asDouble());
            boolean mayHold = x.get("low").asDouble() <= impMean + 1e-4 && impMean - 1e-4 <= x.get("high").asDouble()
                    || x.get("performance_low").asDouble() <= perfMean + 1e-4 && perfMean - 1e-4 <= x.get("performance_high").asDouble();
            boolean surelyHolds = x.get("low").asDouble() < impMean - 1e-4 && impMean + 1e-4 < x.get("high").asDouble()
                    || x.get("performance_low").asDouble() < perfMean - 1e-4 && perfMean + 1e-4 < x.get("performance_high").asDouble();
            String quadrant = important ? (good ? "keep up" : "fix first") : (good ? "maintain" : "monitor");
            if (surelyHolds) {
                assertThat(x.get("quadrant").asText()).as(x.toString()).isEqualTo("no clear difference");
                unclearSeen++;
            } else if (!mayHold) {
                assertThat(x.get("quadrant").asText()).as(x.toString()).isEqualTo(quadrant);
            }
        }
        assertThat(imp).isCloseTo(m.get("r_squared").asDouble(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void bad_parameters_are_400_problems_naming_the_parameter() {
        String[][] cases = {{"/api/v1/voice/kpis?from=2026-02-30", "'from'"}, {"/api/v1/voice/sentiment?from=2026-05-01&to=2026-01-01", "'to'"},
                {"/api/v1/voice/sentiment?language=klingon", "'language'"}, {"/api/v1/voice/terms?limit=0", "'limit'"},
                {"/api/v1/voice/themes?run=latest", "'run'"}, {"/api/v1/voice/kpis?min_sample=-1", "'min_sample'"},
                {"/api/v1/voice/drivers?run=" + "9".repeat(19), "'run'"}, {"/api/v1/voice/themes?country=" + "x".repeat(65), "'country'"}};
        for (String[] c : cases) {
            HttpResponse<String> r = viewer.get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            JsonNode p = Http.json(r);
            assertThat(p.get("status").asInt()).isEqualTo(400);
            assertThat(p.get("title").asText()).isEqualTo("Bad request");
            assertThat(p.get("detail").asText()).as(c[0]).contains(c[1]);
        }
        HttpResponse<String> unknown = viewer.get("/api/v1/voice/drivers?run=999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).get("detail").asText()).contains("voice run 999");
    }

    @Test
    void sql_in_a_filter_is_only_text() {
        long feedback = count("SELECT count(*) FROM feedback");
        for (String a : List.of("' OR '1'='1", "1; DROP TABLE feedback; --", "DE') OR ('a'='a", "en' OR language <> '")) {
            String v = URLEncoder.encode(a, StandardCharsets.UTF_8);
            for (String f : List.of("country", "region", "channel", "segment", "abc", "quadrant")) {
                assertThat(ok("/api/v1/voice/kpis?" + f + "=" + v).get("nps").get("all").isNull()).as(f + " " + a).isTrue();
                assertThat(ok("/api/v1/voice/sentiment?" + f + "=" + v).get("all").get("responses").asLong()).as(f + " " + a).isZero();
                assertThat(ok("/api/v1/voice/themes?" + f + "=" + v).get("themes")).as(f + " " + a).isEmpty();
                assertThat(viewer.get("/api/v1/voice/terms?" + f + "=" + v).statusCode()).isEqualTo(200);
            }
            assertThat(viewer.get("/api/v1/voice/sentiment?language=" + v).statusCode()).isEqualTo(400);
        }
        assertThat(count("SELECT count(*) FROM feedback")).isEqualTo(feedback);
    }
}
