package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys managed while serving: from an admin's dashboard session (CSRF on changes) or with an admin key, revocation effective at once. */
class ApiKeysFromDashboardTest {
    private static final String JSON = "application/json";
    private static final String EVENT = "{\"event_id\":\"e1\",\"type\":\"page_view\",\"anonymous_id\":\"a1\",\"occurred_at\":\"2026-10-31T10:00:00Z\"}";

    @TempDir
    Path tmp;

    @Test
    void an_admin_session_lists_creates_and_revokes_keys_and_a_revoked_key_stops_at_once() {
        try (WebFixture server = WebFixture.start(tmp.resolve("ws"))) {
            Http admin = new Http(server).signedIn("admin");
            HttpResponse<String> created = admin.send("POST", "/api/v1/apikeys", "{\"role\": \"read\", \"label\": \"reports\"}", JSON);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode key = Http.json(created);
            assertThat(key.get("key").asText()).startsWith("clk_" + key.get("key_id").asText() + "_");
            assertThat(key.get("source").asText()).isEqualTo("web");

            HttpResponse<String> list = admin.get("/api/v1/apikeys");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(Http.json(list).get("keys").findValuesAsText("key_id")).contains(key.get("key_id").asText());
            assertThat(list.body()).doesNotContain(key.get("key").asText());

            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.util.function.IntSupplier readWithKey = () -> {
                try {
                    return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/api/v1/overview")))
                            .header("Authorization", "Bearer " + key.get("key").asText()).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            assertThat(readWithKey.getAsInt()).isEqualTo(200);

            HttpResponse<String> revoked = admin.send("DELETE", "/api/v1/apikeys/" + key.get("key_id").asText(), null, null);
            assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
            assertThat(Http.json(revoked).get("revoked_at").isNull()).isFalse();
            assertThat(readWithKey.getAsInt()).isEqualTo(401);

            HttpResponse<String> again = admin.send("DELETE", "/api/v1/apikeys/" + key.get("key_id").asText(), null, null);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(Http.json(again).get("detail").asText()).contains("already revoked");
            assertThat(admin.send("DELETE", "/api/v1/apikeys/000000000000", null, null).statusCode()).isEqualTo(404);

            List<String> actions = Http.json(admin.get("/api/v1/audit?username=admin&size=200")).get("items").findValuesAsText("action");
            assertThat(actions).contains("apikey_create", "apikey_revoke");
            assertThat(admin.get("/api/v1/audit?size=500").body()).doesNotContain(key.get("key").asText());
        }
    }

    @Test
    void other_roles_get_403_and_a_change_needs_the_csrf_token() {
        try (WebFixture server = WebFixture.start(tmp.resolve("ws"))) {
            for (String role : List.of("analyst", "agent", "viewer")) {
                Http h = new Http(server).signedIn(role);
                assertThat(h.get("/api/v1/apikeys").statusCode()).as(role).isEqualTo(403);
                assertThat(h.send("POST", "/api/v1/apikeys", "{\"role\": \"admin\"}", JSON).statusCode()).as(role).isEqualTo(403);
                assertThat(h.send("DELETE", "/api/v1/apikeys/abc", null, null).statusCode()).as(role).isEqualTo(403);
            }
            assertThat(new Http(server).get("/api/v1/apikeys").statusCode()).isEqualTo(401);
            Http admin = new Http(server).signedIn("admin");
            admin.useCsrf(null);
            HttpResponse<String> r = admin.send("POST", "/api/v1/apikeys", "{\"role\": \"admin\"}", JSON);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(Http.json(r).get("detail").asText()).contains("CSRF");
            HttpResponse<String> bad = new Http(server).signedIn("admin").send("POST", "/api/v1/apikeys", "{\"role\": \"root\"}", JSON);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(Http.json(bad).get("detail").asText()).contains("write, read or admin");
        }
    }

    @Test
    void with_the_collector_an_admin_key_revokes_a_write_key_and_the_collector_refuses_it_at_once() {
        try (TestServer server = new TestServer(tmp.resolve("collect"))) {
            assertThat(server.post("/api/v1/events", server.writeKey, EVENT).statusCode()).isEqualTo(202);
            String id = server.writeKey.substring(4, server.writeKey.indexOf('_', 4));
            assertThat(server.delete("/api/v1/apikeys/" + id, server.readKey).statusCode()).isEqualTo(403);
            assertThat(server.delete("/api/v1/apikeys/" + id, null).statusCode()).isEqualTo(401);
            HttpResponse<String> revoked = server.delete("/api/v1/apikeys/" + id, server.adminKey);
            assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
            HttpResponse<String> after = server.post("/api/v1/events", server.writeKey, EVENT.replace("e1", "e2"));
            assertThat(after.statusCode()).isEqualTo(401);
            assertThat(TestServer.json(after).get("detail").asText()).contains("revoked");
            assertThat(server.count("SELECT count(*) FROM audit_log WHERE action = 'apikey_revoke' AND username LIKE 'apikey:%'")).isEqualTo(1);
        }
    }
}
