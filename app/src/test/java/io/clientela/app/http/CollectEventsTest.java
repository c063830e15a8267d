package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.ingest.collect.CollectedItem;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectEventsTest {
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

    static String event(String id, String type, String customer) {
        return "{\"event_id\":\"" + id + "\",\"type\":\"" + type + "\",\"occurred_at\":\"2026-10-31T10:00:00Z\""
                + (customer == null ? "" : ",\"customer_id\":\"" + customer + "\"") + ",\"anonymous_id\":\"a1\",\"properties\":{\"price\":9.5}}";
    }

    @Test
    void stores_a_batch_and_answers_202_once_it_is_committed() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey,
                "[" + event("e1", "page_view", "C1") + "," + event("e2", "add_to_cart", "C1") + "]");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode body = TestServer.json(r);
        assertThat(body.get("stored").asInt()).isEqualTo(2);
        assertThat(server.count("SELECT count(*) FROM events WHERE source = 'web'")).isEqualTo(2);
    }

    @Test
    void accepts_a_single_object_as_a_batch_of_one() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey, event("one", "page_view", null));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(server.count("SELECT count(*) FROM events WHERE event_id = 'one' AND customer_id IS NULL")).isEqualTo(1);
    }

    @Test
    void resending_a_batch_stores_nothing_twice() {
        String batch = "[" + event("e1", "page_view", "C1") + "," + event("e2", "page_view", "C1") + "]";
        server.post("/api/v1/events", server.writeKey, batch);

        HttpResponse<String> again = server.post("/api/v1/events", server.writeKey, batch);

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(TestServer.json(again).get("duplicates").asInt()).isEqualTo(2);
        assertThat(TestServer.json(again).get("stored").asInt()).isZero();
        assertThat(server.count("SELECT count(*) FROM events")).isEqualTo(2);
    }

    @Test
    void an_id_repeated_within_one_batch_is_stored_once_and_reported_as_a_duplicate() {
        HttpResponse<String> r = server.post("/api/v1/events", server.writeKey,
                "[" + event("same", "page_view", "C1") + "," + event("same", "page_view", "C1") + "]");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(TestServer.json(r).get("duplicates").asInt()).isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM events")).isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM quarantine")).isZero();
    }

    @Test
    void links_events_to_the_customer_profile_and_new_customers_get_one() {
        server.post("/api/v1/events", server.writeKey, "[" + event("e1", "login", "C9") + "]");
        server.post("/api/v1/events", server.writeKey, "[" + event("e2", "page_view", "C9") + "]");

        assertThat(server.count("SELECT count(DISTINCT customer_id) FROM events WHERE customer_id IS NOT NULL")).isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM customers")).isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM customer_records WHERE source = 'web' AND external_id = 'C9'")).isEqualTo(1);
    }

    @Test
    void an_event_with_an_email_joins_the_customer_who_has_that_email() {
        server.post("/api/v1/events", server.writeKey,
                "{\"event_id\":\"x1\",\"type\":\"login\",\"occurred_at\":\"2026-10-31T10:00:00Z\",\"customer_id\":\"C1\",\"email\":\"Ana@Example.com\"}");
        server.post("/api/v1/events", server.writeKey,
                "{\"event_id\":\"x2\",\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:01:00Z\",\"email\":\"ana@example.com\"}");

        assertThat(server.count("SELECT count(*) FROM customers")).isEqualTo(1);
        assertThat(server.count("SELECT count(DISTINCT customer_id) FROM events")).isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM merges")).isEqualTo(1);
    }

    @Test
    void the_listener_hears_each_stored_item_with_its_customer_type_and_properties() {
        server.post("/api/v1/events", server.writeKey, "[" + event("e1", "add_to_cart", "C1") + "]");

        CollectedItem heard = server.heard(1).get(0);
        assertThat(heard.type()).isEqualTo("add_to_cart");
        assertThat(heard.customerId()).isNotNull();
        assertThat(heard.fields().get("properties")).isEqualTo(java.util.Map.of("price", 9.5));
        assertThat(heard.occurredAt()).hasToString("2026-10-31T10:00");
    }
}
