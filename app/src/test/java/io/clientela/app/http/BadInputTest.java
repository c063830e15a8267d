package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed JSON, wrong types, unknown event types and huge payloads: clear answers, good items kept, bad ones quarantined. */
class BadInputTest {
    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(tmp.resolve("ws"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode p = TestServer.json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
    }

    @Test
    void malformed_json_is_a_400_naming_line_and_column_and_stores_nothing() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, "[{\"event_id\": \"e1\", \"type\": }]");

        assertProblem(r, 400);
        assertThat(TestServer.json(r).get("detail").asText()).contains("not valid JSON").contains("line 1, column");
        assertThat(server.count("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void a_body_that_is_neither_object_nor_array_is_a_400() {
        assertProblem(server.post("/api/v1/events", server.writeKey, "42"), 400);
        assertProblem(server.post("/api/v1/events", server.writeKey, "[]"), 400);
        assertProblem(server.post("/api/v1/events", server.writeKey, ""), 400);
    }

    @Test
    void wrong_types_reject_only_their_items_with_field_value_and_reason_and_the_rest_is_stored() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, "["
                + "{\"event_id\":\"ok1\",\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:00:00Z\"},"
                + "{\"event_id\":\"bad1\",\"type\":\"page_view\",\"occurred_at\":\"yesterday\"},"
                + "{\"event_id\":\"bad2\",\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:00:00Z\",\"properties\":\"{not json\"},"
                + "17,"
                + "{\"event_id\":\"ok2\",\"type\":\"add_to_cart\",\"occurred_at\":\"2026-10-31T10:00:00Z\"}]");

        assertProblem(r, 400);
        JsonNode p = TestServer.json(r);
        assertThat(p.get("stored").asInt()).isEqualTo(2);
        assertThat(p.get("rejected").asInt()).isEqualTo(3);
        assertThat(p.get("errors")).hasSize(3);
        assertThat(p.at("/errors/0/item").asInt()).isEqualTo(2);
        assertThat(p.at("/errors/0/field").asText()).isEqualTo("occurred_at");
        assertThat(p.at("/errors/0/value").asText()).isEqualTo("yesterday");
        assertThat(p.at("/errors/0/reason").asText()).contains("expected a date and time");
        assertThat(p.at("/errors/1/field").asText()).isEqualTo("properties");
        assertThat(p.at("/errors/2/item").asInt()).isEqualTo(4);
        assertThat(p.at("/errors/2/reason").asText()).isEqualTo("not a JSON object");
        assertThat(server.count("SELECT count(*) FROM events")).isEqualTo(2);
        assertThat(server.query("SELECT file, row_no, field, value, reason FROM quarantine ORDER BY row_no")).hasSize(3)
                .allSatisfy(q -> assertThat((String) q.get("file")).startsWith("POST /api/v1/events #"))
                .extracting(q -> ((Number) q.get("row_no")).intValue()).containsExactly(2, 3, 4);
    }

    @Test
    void an_unknown_event_type_is_rejected_and_kept_in_the_quarantine() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey,
                "{\"event_id\":\"u1\",\"type\":\"teleported\",\"occurred_at\":\"2026-10-31T10:00:00Z\"}");

        assertProblem(r, 400);
        assertThat(TestServer.json(r).at("/errors/0/field").asText()).isEqualTo("type");
        assertThat(TestServer.json(r).at("/errors/0/reason").asText()).startsWith("not one of: page_view, product_view");
        assertThat(server.count("SELECT count(*) FROM quarantine WHERE value = 'teleported'")).isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void an_event_without_an_id_is_rejected_because_resending_could_not_be_recognised() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, "{\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:00:00Z\"}");

        assertProblem(r, 400);
        assertThat(TestServer.json(r).at("/errors/0/field").asText()).isEqualTo("event_id");
        assertThat(TestServer.json(r).at("/errors/0/reason").asText()).isEqualTo("required value is missing");
    }

    @Test
    void a_body_over_the_limit_is_a_413_and_stores_nothing() {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 2000; i++) {
            big.append(i == 0 ? "" : ",").append(CollectEventsTest.event("big" + i, "page_view", "C1"));
        }
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, big.append("]").toString());

        assertProblem(r, 413);
        assertThat(server.count("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void an_unknown_endpoint_is_a_json_404() {
        assertProblem(server.get("/api/v1/nothing-here", server.readKey), 404);
    }
}
