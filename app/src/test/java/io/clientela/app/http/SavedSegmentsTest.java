package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Save as segment": an analyst keeps the customer list's filters under a name; saved=<id> gives the
 * same customers on the list and in the segment builder's count and campaign list; viewers and
 * agents may not save or delete; bad filters are a 400 in words.
 */
class SavedSegmentsTest {
    private static WebFixture server;
    private static Http analyst;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        analyst = new Http(server).signedIn("analyst");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> save(Http http, String body) {
        return http.send("POST", "/api/v1/saved-segments", body, "application/json");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("customer_id").asLong()));
        return out;
    }

    @Test
    void a_saved_segment_lists_the_same_customers_as_its_filters_on_the_list_and_in_the_builder() {
        HttpResponse<String> r = save(analyst, "{\"name\": \"A class in DE\", \"filters\": {\"abc\": \"A\", \"country\": \"DE\", \"clv_min\": 1}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode saved = Http.json(r);
        long id = saved.get("segment_id").asLong();
        assertThat(saved.get("created_by").asText()).isEqualTo("analyst");
        assertThat(saved.get("filters").get("abc").asText()).isEqualTo("A");

        JsonNode direct = Http.json(analyst.get("/api/v1/customers?abc=A&country=DE&clv_min=1&size=500"));
        JsonNode viaSaved = Http.json(analyst.get("/api/v1/customers?saved=" + id + "&size=500"));
        assertThat(direct.get("total").asLong()).isPositive();
        assertThat(ids(viaSaved)).isEqualTo(ids(direct));
        assertThat(viaSaved.get("filters").get("country").asText()).isEqualTo("DE");
        long sql = Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM customer_values v JOIN customers c USING (customer_id) "
                + "WHERE v.run_id = (SELECT max(run_id) FROM analysis_runs) AND v.abc_class = 'A' AND c.country = 'DE' AND v.clv >= 1");
        assertThat(viaSaved.get("total").asLong()).isEqualTo(sql);
        // a parameter of the request replaces the saved one
        assertThat(Http.json(analyst.get("/api/v1/customers?saved=" + id + "&country=ES&size=1")).get("filters").get("country").asText()).isEqualTo("ES");

        JsonNode count = Http.json(analyst.get("/api/v1/campaign-list/count?saved=" + id));
        assertThat(count.get("matching").asLong()).isEqualTo(sql);
        JsonNode campaign = Http.json(analyst.get("/api/v1/campaign-list?saved=" + id + "&size=500"));
        assertThat(campaign.get("total").asLong()).isEqualTo(count.get("email_consent").asLong());
        assertThat(ids(viaSaved)).containsAll(ids(campaign));

        JsonNode listed = Http.json(analyst.get("/api/v1/saved-segments"));
        assertThat(listed.get("items").toString()).contains("A class in DE");
        assertThat(analyst.send("DELETE", "/api/v1/saved-segments/" + id, null, null).statusCode()).isEqualTo(204);
        assertThat(analyst.get("/api/v1/customers?saved=" + id).statusCode()).isEqualTo(404);
        assertThat(Http.json(analyst.get("/api/v1/saved-segments")).get("items").toString()).doesNotContain("A class in DE");
    }

    @Test
    void viewers_and_agents_may_not_save_or_delete_but_may_read_the_list() {
        long id = Http.json(save(new Http(server).signedIn("admin"), "{\"name\": \"Admins' champions\", \"filters\": {\"r\": 5, \"f\": 5}}"))
                .get("segment_id").asLong();
        for (String role : List.of("viewer", "agent")) {
            Http http = new Http(server).signedIn(role);
            assertThat(save(http, "{\"name\": \"mine\", \"filters\": {\"abc\": \"A\"}}").statusCode()).as(role).isEqualTo(403);
            assertThat(http.send("DELETE", "/api/v1/saved-segments/" + id, null, null).statusCode()).as(role).isEqualTo(403);
            assertThat(http.get("/api/v1/saved-segments").statusCode()).as(role).isEqualTo(200);
        }
        Http viewer = new Http(server).signedIn("viewer");
        assertThat(viewer.get("/api/v1/customers?saved=" + id).statusCode()).as("no personal data for a viewer").isEqualTo(403);
        assertThat(viewer.get("/api/v1/campaign-list/count?saved=" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void bad_segments_are_a_400_in_words_and_names_are_unique() {
        assertThat(save(analyst, "{\"name\": \"x\", \"filters\": {\"q\": \"smith\"}}")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(Http.json(r).get("detail").asText()).contains("unknown filter 'q'");
        });
        assertThat(Http.json(save(analyst, "{\"name\": \"x\", \"filters\": {\"r\": 9}}")).get("detail").asText()).contains("parameter 'r'");
        assertThat(Http.json(save(analyst, "{\"filters\": {}}")).get("detail").asText()).contains("name");
        assertThat(save(analyst, "{\"name\": \"twice\", \"filters\": {\"abc\": \"B\"}}").statusCode()).isEqualTo(201);
        HttpResponse<String> again = save(analyst, "{\"name\": \"Twice\", \"filters\": {\"abc\": \"C\"}}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(again).get("detail").asText()).contains("exists already");
        assertThat(analyst.get("/api/v1/customers?saved=abc").statusCode()).isEqualTo(400);
        assertThat(analyst.send("DELETE", "/api/v1/saved-segments/99999", null, null).statusCode()).isEqualTo(404);
    }
}
