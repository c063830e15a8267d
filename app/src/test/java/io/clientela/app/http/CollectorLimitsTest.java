package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or careless bodies sent to the collector: each is a 400 (or 413) with a message for a
 * person, naming the item, field and limit where there is one; never a 500, and never a 503 that a
 * tracker would retry for ever.
 */
class CollectorLimitsTest {
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

    private static String event(String id, String extra) {
        return "{\"event_id\":\"" + id + "\",\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:00:00Z\"" + extra + "}";
    }

    private static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode p = TestServer.json(r);
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContain("java.", "com.fasterxml", "Exception", "StreamReadConstraints", "`");
        return p;
    }

    @Test
    void a_nul_byte_in_a_customer_id_rejects_that_item_with_a_400_naming_it_and_the_other_items_are_stored() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, "[" + event("ok1", ",\"customer_id\":\"C1\"") + ","
                + event("nul1", ",\"customer_id\":\"C\\u00001\"") + "]");

        JsonNode p = problem(r, 400);
        assertThat(p.get("stored").asInt()).isEqualTo(1);
        assertThat(p.at("/errors/0/item").asInt()).isEqualTo(2);
        assertThat(p.at("/errors/0/field").asText()).isEqualTo("customer_id");
        assertThat(p.at("/errors/0/reason").asText()).contains("control character");
        assertThat(server.count("SELECT count(*) FROM events WHERE event_id = 'ok1'")).isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM quarantine WHERE field = 'customer_id'")).isEqualTo(1);
    }

    @Test
    void a_nul_byte_in_any_other_id_is_rejected_and_in_a_text_is_stored_as_sent_never_a_server_error() {
        for (String field : new String[] {"anonymous_id", "session_id", "product_id", "email"}) {
            HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, event("n-" + field, ",\"" + field + "\":\"x\\u0000y\""));
            JsonNode p = problem(r, 400);
            assertThat(p.at("/errors/0/field").asText()).isEqualTo(field);
            assertThat(p.at("/errors/0/value").asText()).isEqualTo("x\\u0000y");
        }
        for (String field : new String[] {"url", "channel"}) {
            HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, event("n-" + field, ",\"" + field + "\":\"x\\u0000y\""));
            assertThat(r.statusCode()).as(field + ": " + r.body()).isEqualTo(202);
        }
        HttpResponse<String> props = server.post("/api/v1/events", server.writeKey, event("n-props", ",\"properties\":{\"q\":\"x\\u0000y\"}"));
        assertThat(props.statusCode()).as(props.body()).isEqualTo(202);
        HttpResponse<String> text = server.post("/api/v1/feedback", server.writeKey, "{\"feedback_id\":\"f1\",\"responded_at\":\"2026-10-31T10:00:00Z\","
                + "\"customer_id\":\"C1\",\"text\":\"good\\u0000bad\"}");
        assertThat(text.statusCode()).as(text.body()).isEqualTo(202);
        assertThat(server.query("SELECT text FROM feedback")).extracting(f -> f.get("text")).containsExactly("good\u0000bad");
        assertThat(server.count("SELECT count(*) FROM events")).isEqualTo(3);
    }

    @Test
    void a_body_nested_a_thousand_levels_deep_is_a_400_with_a_message() {
        String deep = "[".repeat(1000) + "]".repeat(1000);

        JsonNode p = problem(server.post("/api/v1/events", server.writeKey, deep), 400);
        assertThat(p.get("detail").asText()).contains("nest").contains("levels");
        JsonNode q = problem(server.post("/api/v1/events", server.writeKey, event("d1", ",\"properties\":" + "{\"a\":".repeat(1000) + "1"
                + "}".repeat(1000))), 400);
        assertThat(q.get("detail").asText()).contains("nest");
    }

    @Test
    void a_number_of_two_thousand_digits_is_a_400_with_a_message() {
        JsonNode p = problem(server.post("/api/v1/events", server.writeKey, event("big", ",\"properties\":{\"n\":" + "9".repeat(2000) + "}")), 400);

        assertThat(p.get("detail").asText()).contains("number").contains("digits");
        assertThat(server.count("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void trailing_garbage_after_the_json_is_a_400_and_stores_nothing() {
        JsonNode p = problem(server.post("/api/v1/events", server.writeKey, event("t1", "") + " {\"more\": 1}"), 400);
        assertThat(p.get("detail").asText()).contains("after");
        problem(server.post("/api/v1/events", server.writeKey, "[" + event("t2", "") + "] garbage"), 400);
        problem(server.post("/api/v1/events", server.writeKey, "[" + event("t3", "") + "]]"), 400);

        assertThat(server.count("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void an_id_that_is_an_array_or_an_object_is_rejected_naming_the_field() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, "[{\"event_id\":[1,2],\"type\":\"page_view\","
                + "\"occurred_at\":\"2026-10-31T10:00:00Z\"}," + event("o2", ",\"customer_id\":{\"id\":1}") + "," + event("o3", ",\"customer_id\":17") + "]");

        JsonNode p = problem(r, 400);
        assertThat(p.get("errors")).hasSize(2);
        assertThat(p.at("/errors/0/field").asText()).isEqualTo("event_id");
        assertThat(p.at("/errors/0/reason").asText()).contains("a string or a number").contains("array");
        assertThat(p.at("/errors/1/field").asText()).isEqualTo("customer_id");
        assertThat(p.at("/errors/1/reason").asText()).contains("object");
        assertThat(server.query("SELECT event_id, customer_key FROM events")).hasSize(1)
                .allSatisfy(e -> assertThat(e.get("customer_key")).isEqualTo("17"));
        assertThat(server.count("SELECT count(*) FROM events WHERE event_id LIKE '[%'")).isZero();
    }

    @Test
    void an_id_over_256_characters_is_rejected_naming_item_field_and_limit() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, "[" + event("l1", ",\"customer_id\":\"" + "x".repeat(256) + "\"") + ","
                + event("l2", ",\"anonymous_id\":\"" + "y".repeat(257) + "\"") + "]");

        JsonNode p = problem(r, 400);
        assertThat(p.get("stored").asInt()).isEqualTo(1);
        assertThat(p.at("/errors/0/item").asInt()).isEqualTo(2);
        assertThat(p.at("/errors/0/field").asText()).isEqualTo("anonymous_id");
        assertThat(p.at("/errors/0/reason").asText()).contains("257 characters").contains("at most 256");
    }

    @Test
    void a_text_over_8_KiB_is_rejected_naming_item_field_and_limit_and_one_of_8_KiB_is_stored() {
        String fits = "{\"feedback_id\":\"f1\",\"responded_at\":\"2026-10-31T10:00:00Z\",\"text\":\"" + "a".repeat(8192) + "\"}";
        String over = "{\"feedback_id\":\"f2\",\"responded_at\":\"2026-10-31T10:00:00Z\",\"text\":\"" + "b".repeat(8193) + "\"}";

        JsonNode p = problem(server.post("/api/v1/feedback", server.writeKey, "[" + fits + "," + over + "]"), 400);

        assertThat(p.at("/errors/0/item").asInt()).isEqualTo(2);
        assertThat(p.at("/errors/0/field").asText()).isEqualTo("text");
        assertThat(p.at("/errors/0/reason").asText()).contains("8193 characters").contains("at most 8192");
        assertThat(server.count("SELECT count(*) FROM feedback WHERE length(text) = 8192")).isEqualTo(1);
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_413_like_one_with_a_length() throws Exception {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            big.append(i == 0 ? "" : ",").append(event("c" + i, ""));
        }
        byte[] body = big.append("]").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(64 * 1024);
        HttpResponse<String> withLength = send(HttpRequest.newBuilder(URI.create(server.serving.url() + "/api/v1/events"))
                .header("Authorization", "Bearer " + server.writeKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        problem(withLength, 413);
        // a publisher of unknown length: the client sends it chunked, with no Content-Length
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.serving.url() + "/api/v1/events"))
                .header("Authorization", "Bearer " + server.writeKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> r = send(request);

        JsonNode p = problem(r, 413);
        assertThat(p.get("detail").asText()).contains("65536");
        assertThat(server.count("SELECT count(*) FROM events")).isZero();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
