package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comment explorer's API on the demo: each filter counts what SQL counts, terms as the voice run counts them, tags, roles. */
class CommentExplorerApiTest {
    @TempDir
    static Path tmp;
    static WebFixture server;
    static Connection db;
    static final String TEXT = "f.text IS NOT NULL AND trim(f.text) <> ''";
    static final String LATEST = "LEFT JOIN voice_responses r ON r.source = f.source AND r.feedback_id = f.feedback_id AND r.run_id = (SELECT max(run_id) FROM voice_runs)";

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        db = server.app().workspace().connection();
        new ActSeed(server.app()).caseFor("agent", 1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long sql(String where, Object... params) {
        return Db.queryLong(db, "SELECT count(*) FROM feedback f " + LATEST + " WHERE " + TEXT + " AND " + where, params);
    }

    static JsonNode get(Http http, String query) {
        var r = http.get("/api/v1/voice/comments?" + query);
        assertThat(r.statusCode()).as(query + ": " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void each_filter_counts_exactly_the_comments_sql_counts() {
        Http analyst = new Http(server).signedIn("analyst");
        String product = Db.queryString(db, "SELECT product_id FROM feedback f WHERE " + TEXT + " AND product_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
        List<Object[]> cases = new ArrayList<>(List.of(
                new Object[] {"", sql("true")},
                new Object[] {"nps_group=detractor", sql("f.nps <= 6")},
                new Object[] {"nps_group=passive", sql("f.nps BETWEEN 7 AND 8")},
                new Object[] {"nps_group=promoter", sql("f.nps >= 9")},
                new Object[] {"sentiment=negative", sql("r.label = 'negative'")},
                new Object[] {"theme=delivery", sql("list_contains(r.themes, 'delivery')")},
                new Object[] {"language=es", sql("coalesce(r.language, f.language) = 'es'")},
                new Object[] {"product=" + enc(product), sql("f.product_id = ?", product)},
                new Object[] {"q=late", sql("contains(lower(f.text), 'late')")},
                new Object[] {"from=2026-01-01&to=2026-03-31", sql("f.responded_at >= DATE '2026-01-01' AND f.responded_at < DATE '2026-04-01'")},
                new Object[] {"segment=champions", sql("f.customer_id IN (SELECT customer_id FROM customer_values WHERE run_id = "
                        + "(SELECT max(run_id) FROM analysis_runs) AND rfm_segment = 'champions')")},
                new Object[] {"theme=delivery&sentiment=negative&language=en", sql("list_contains(r.themes, 'delivery') AND r.label = 'negative' "
                        + "AND coalesce(r.language, f.language) = 'en'")}));
        for (Object[] c : cases) {
            assertThat(get(analyst, (String) c[0]).get("total").asLong()).as((String) c[0]).isEqualTo((Long) c[1]).isPositive();
        }
    }

    @Test
    void a_term_finds_as_many_comments_as_the_voice_run_counted_and_each_shows_where() {
        Http analyst = new Http(server).signedIn("analyst");
        JsonNode languages = Http.json(analyst.get("/api/v1/voice/terms?limit=4")).get("languages");
        assertThat(languages.size()).isEqualTo(4);
        for (JsonNode l : languages) {
            String lang = l.get("language").asText();
            for (JsonNode t : l.get("terms")) {
                String term = t.get("term").asText();
                JsonNode d = get(analyst, "language=" + lang + "&size=100&term=" + enc(term));
                assertThat(d.get("total").asLong()).as(lang + " " + term).isEqualTo(t.get("responses").asLong());
                for (JsonNode item : d.get("items")) {
                    assertThat(item.get("matches").size()).as(term + " in " + item.get("text")).isPositive();
                }
            }
        }
        JsonNode late = get(analyst, "q=late&size=50");
        for (JsonNode item : late.get("items")) {
            String text = item.get("text").asText();
            for (JsonNode m : item.get("matches")) {
                assertThat(text.substring(m.get(0).asInt(), m.get(1).asInt())).isEqualToIgnoringCase("late");
            }
        }
    }

    @Test
    void comments_sort_and_page() {
        Http analyst = new Http(server).signedIn("analyst");
        JsonNode asc = get(analyst, "sort=nps&order=asc&size=30&nps_group=detractor");
        int last = -1;
        for (JsonNode i : asc.get("items")) {
            assertThat(i.get("nps").asInt()).isGreaterThanOrEqualTo(last);
            last = i.get("nps").asInt();
        }
        JsonNode p1 = get(analyst, "size=10&page=1");
        JsonNode p2 = get(analyst, "size=10&page=2");
        assertThat(p1.get("items").get(0).get("feedback_id")).isNotEqualTo(p2.get("items").get(0).get("feedback_id"));
        assertThat(p1.get("items").get(0).get("responded_at").asText()).isGreaterThanOrEqualTo(p2.get("items").get(0).get("responded_at").asText());
    }

    @Test
    void a_tag_is_added_found_by_its_filter_and_removed() {
        Http agent = new Http(server).signedIn("analyst");
        JsonNode first = get(agent, "size=1&nps_group=detractor").get("items").get(0);
        String path = "/api/v1/voice/comments/" + first.get("source").asText() + "/" + first.get("feedback_id").asText() + "/tags";
        assertThat(agent.send("POST", path, "{\"tag\": \"refund promised\"}", "application/json").statusCode()).isEqualTo(200);
        JsonNode tagged = get(agent, "tag=" + enc("refund promised"));
        assertThat(tagged.get("total").asLong()).isEqualTo(1);
        assertThat(tagged.get("items").get(0).get("tags").get(0).asText()).isEqualTo("refund promised");
        assertThat(Http.json(agent.get("/api/v1/voice/comments/tags")).get("items").get(0).get("tag").asText()).isEqualTo("refund promised");
        assertThat(agent.send("DELETE", path + "?tag=" + enc("refund promised"), null, null).statusCode()).isEqualTo(200);
        assertThat(get(agent, "tag=" + enc("refund promised")).get("total").asLong()).isZero();
        var bad = agent.send("POST", path, "{\"tag\": \"\"}", "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("detail").asText()).contains("tag").doesNotContain("Exception");
        var missing = agent.send("POST", "/api/v1/voice/comments/survey/NO-SUCH/tags", "{\"tag\": \"x\"}", "application/json");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void bad_filters_are_refused_in_words() {
        Http analyst = new Http(server).signedIn("analyst");
        var unknown = analyst.get("/api/v1/voice/comments?colour=red");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknown).get("detail").asText()).contains("unknown parameter colour");
        var sentiment = analyst.get("/api/v1/voice/comments?sentiment=happy");
        assertThat(sentiment.statusCode()).isEqualTo(400);
        assertThat(Http.json(sentiment).get("detail").asText()).contains("sentiment").contains("positive");
    }

    @Test
    void a_viewer_reads_comments_without_who_wrote_them_and_an_agent_only_their_customers() {
        JsonNode viewer = get(new Http(server).signedIn("viewer"), "size=50");
        assertThat(viewer.get("total").asLong()).isEqualTo(sql("true"));
        for (JsonNode i : viewer.get("items")) {
            assertThat(i.has("customer_id")).isFalse();
            assertThat(i.has("feedback_id")).isFalse();
            assertThat(i.get("text").asText()).doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
        }
        assertThat(viewer.get("personal").asBoolean()).isFalse();
        Http viewerHttp = new Http(server).signedIn("viewer");
        assertThat(viewerHttp.send("POST", "/api/v1/voice/comments/survey/x/tags", "{\"tag\": \"x\"}", "application/json").statusCode()).isEqualTo(403);
        JsonNode agent = get(new Http(server).signedIn("agent"), "size=100");
        assertThat(agent.get("total").asLong()).isEqualTo(sql("f.customer_id IN (SELECT customer_id FROM cases WHERE owner = 'agent' "
                + "UNION SELECT customer_id FROM alerts WHERE routed_to = 'agent')"));
        for (JsonNode i : agent.get("items")) {
            assertThat(i.get("customer_id").asLong()).isEqualTo(1);
        }
    }
}
