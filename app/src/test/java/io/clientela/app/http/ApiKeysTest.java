package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing, invalid, revoked and under-privileged keys get 401/403 as JSON; keys are stored hashed. */
class ApiKeysTest {
    static final String EVENT = "{\"event_id\":\"k1\",\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:00:00Z\"}";
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

    @Test
    void a_request_without_a_key_is_a_401_with_a_json_problem() {
        HttpResponse<String> r = server.post("/api/v1/events", null, EVENT);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(TestServer.json(r).get("detail").asText()).contains("an API key is required");
        assertThat(server.count("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void an_invalid_or_malformed_key_is_a_401() {
        String forged = server.writeKey.substring(0, server.writeKey.length() - 3) + "xyz";
        assertThat(server.post("/api/v1/events", forged, EVENT).statusCode()).isEqualTo(401);
        assertThat(server.post("/api/v1/events", "not-a-key", EVENT).statusCode()).isEqualTo(401);
        assertThat(TestServer.json(server.post("/api/v1/events", "not-a-key", EVENT)).get("detail").asText()).contains("malformed");
    }

    @Test
    void a_write_key_may_send_but_not_read_and_a_read_key_may_read_but_not_send() {
        assertThat(server.post("/api/v1/events", server.writeKey, EVENT).statusCode()).isEqualTo(202);
        assertThat(server.get("/api/v1/collector/stats", server.writeKey).statusCode()).isEqualTo(403);
        assertThat(server.post("/api/v1/events", server.readKey, EVENT).statusCode()).isEqualTo(403);
        HttpResponse<String> stats = server.get("/api/v1/collector/stats", server.readKey);
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(stats).get("stored").asLong()).isEqualTo(1);
        assertThat(server.get("/api/v1/apikeys", server.readKey).statusCode()).isEqualTo(403);
    }

    @Test
    void an_admin_creates_a_key_that_works_at_once_and_revoked_keys_stop_working() {
        HttpResponse<String> created = server.post("/api/v1/apikeys", server.adminKey, "{\"role\":\"write\",\"source\":\"shop\",\"label\":\"till\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = TestServer.json(created).get("key").asText();

        assertThat(server.post("/api/v1/events", key, EVENT).statusCode()).isEqualTo(202);
        assertThat(server.count("SELECT count(*) FROM events WHERE source = 'shop'")).isEqualTo(1);

        server.serving.keys().revoke(TestServer.json(created).get("key_id").asText());
        HttpResponse<String> after = server.post("/api/v1/events", key, EVENT);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(after).get("detail").asText()).contains("revoked");
    }

    @Test
    void the_store_holds_only_a_hash_of_each_secret() {
        // clk_<id>_<secret>: the secret (base64url, so it may hold '_' itself) is all after the id
        String secret = server.writeKey.substring(server.writeKey.indexOf('_', "clk_".length()) + 1);
        assertThat(secret).hasSize(43);
        assertThat(server.count("SELECT count(*) FROM api_keys")).isEqualTo(3);
        assertThat(server.count("SELECT count(*) FROM api_keys WHERE secret_sha256 LIKE ?", "%" + secret + "%")).isZero();
        assertThat(server.count("SELECT count(*) FROM api_keys WHERE length(secret_sha256) = 64")).isEqualTo(3);
    }
}
