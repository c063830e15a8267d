package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectOrdersAndFeedbackTest {
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

    static String order(String id, String quantity) {
        return "{\"order_id\":\"" + id + "\",\"customer_id\":\"C1\",\"ordered_at\":\"2026-10-30T09:00:00Z\",\"currency\":\"EUR\",\"lines\":["
                + "{\"product_id\":\"P-1\",\"quantity\":2,\"unit_price\":9.5},{\"product_id\":\"P-2\",\"quantity\":" + quantity + ",\"unit_price\":3}]}";
    }

    @Test
    void stores_an_order_with_its_lines_and_total_linked_to_the_customer() {
        HttpResponse<String> r = server.post("/api/v1/orders", server.writeKey, "[" + order("O1", "1") + "]");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(TestServer.json(r).get("stored").asInt()).isEqualTo(1);
        assertThat(server.query("SELECT order_id, total_amount, customer_id IS NOT NULL AS linked FROM orders"))
                .singleElement().satisfies(o -> {
                    assertThat(((java.math.BigDecimal) o.get("total_amount")).doubleValue()).isEqualTo(22.0);
                    assertThat(o.get("linked")).isEqualTo(true);
                });
        assertThat(server.count("SELECT count(*) FROM order_lines WHERE order_id = 'O1'")).isEqualTo(2);
        assertThat(server.heard(1)).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo("order"));
    }

    @Test
    void an_order_with_one_bad_line_is_rejected_whole_naming_the_line_and_others_in_the_batch_are_stored() {
        HttpResponse<String> r = server.post("/api/v1/orders", server.writeKey, "[" + order("O1", "\"two\"") + "," + order("O2", "1") + "]");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode p = TestServer.json(r);
        assertThat(p.get("stored").asInt()).isEqualTo(1);
        assertThat(p.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("item").asInt()).isEqualTo(1);
            assertThat(e.get("line").asInt()).isEqualTo(2);
            assertThat(e.get("field").asText()).isEqualTo("quantity");
            assertThat(e.get("value").asText()).isEqualTo("two");
        });
        assertThat(server.count("SELECT count(*) FROM order_lines WHERE order_id = 'O1'")).isZero();
        assertThat(server.count("SELECT count(*) FROM quarantine")).isEqualTo(2);
        assertThat(server.count("SELECT count(*) FROM orders WHERE order_id = 'O2'")).isEqualTo(1);
    }

    @Test
    void resending_an_order_adds_nothing() {
        server.post("/api/v1/orders", server.writeKey, order("O1", "1"));
        HttpResponse<String> again = server.post("/api/v1/orders", server.writeKey, order("O1", "1"));

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(TestServer.json(again).get("duplicates").asInt()).isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM order_lines")).isEqualTo(2);
    }

    @Test
    void stores_feedback_and_rejects_an_nps_out_of_range() {
        HttpResponse<String> r = server.post("/api/v1/feedback", server.writeKey, "["
                + "{\"feedback_id\":\"F1\",\"customer_id\":\"C1\",\"responded_at\":\"2026-10-30T09:00:00Z\",\"nps\":3,\"text\":\"slow delivery\"},"
                + "{\"feedback_id\":\"F2\",\"customer_id\":\"C1\",\"responded_at\":\"2026-10-30T09:00:00Z\",\"nps\":11}]");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(TestServer.json(r).at("/errors/0/reason").asText()).isEqualTo("above the maximum 10");
        assertThat(server.query("SELECT feedback_id, nps, text FROM feedback")).singleElement()
                .satisfies(f -> assertThat(f.get("text")).isEqualTo("slow delivery"));
        assertThat(server.heard(1)).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("feedback");
            assertThat(i.fields().get("nps")).isEqualTo(3);
        });
    }
}
