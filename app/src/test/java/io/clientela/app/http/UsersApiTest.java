package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.service.access.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users administered over the REST API while serving: admins only, CSRF on changes, sessions ended at once, never the last admin. */
class UsersApiTest {
    private static final String JSON = "application/json";
    private static WebFixture server;
    private static ActSeed seed;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        seed = new ActSeed(server.app());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode user(Http admin, String name) {
        for (JsonNode u : Http.json(admin.get("/api/v1/users")).get("items")) {
            if (u.get("username").asText().equals(name)) {
                return u;
            }
        }
        return null;
    }

    @Test
    void an_admin_lists_the_users_without_their_password_hashes() {
        HttpResponse<String> r = new Http(server).signedIn("admin").get("/api/v1/users");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Http.json(r).get("items").findValuesAsText("username")).contains("admin", "analyst", "agent", "viewer");
        assertThat(r.body()).doesNotContain("pbkdf2").doesNotContain("password");
    }

    @Test
    void disabling_a_user_ends_their_session_at_once_and_enabling_lets_them_sign_in_again() {
        seed.user("dora", Role.ANALYST);
        Http dora = new Http(server).signedIn("dora");
        assertThat(dora.get("/auth/me").statusCode()).isEqualTo(200);
        Http admin = new Http(server).signedIn("admin");

        HttpResponse<String> off = admin.send("PATCH", "/api/v1/users/dora", "{\"disabled\": true}", JSON);
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(Http.json(off).get("disabled").asBoolean()).isTrue();
        assertThat(dora.get("/auth/me").statusCode()).isEqualTo(401);
        assertThat(dora.get("/api/v1/overview").statusCode()).isEqualTo(401);
        assertThat(new Http(server).login("dora", WebFixture.PASSWORD).statusCode()).isEqualTo(401);

        assertThat(admin.send("PATCH", "/api/v1/users/dora", "{\"disabled\": false}", JSON).statusCode()).isEqualTo(200);
        assertThat(new Http(server).login("dora", WebFixture.PASSWORD).statusCode()).isEqualTo(200);
        List<String> actions = Http.json(admin.get("/api/v1/audit?username=admin&size=200")).get("items").findValuesAsText("action");
        assertThat(actions).contains("user_disable", "user_enable");
    }

    @Test
    void a_new_role_ends_the_session_and_holds_from_the_next_sign_in() {
        seed.user("rolf", Role.VIEWER);
        Http rolf = new Http(server).signedIn("rolf");
        Http admin = new Http(server).signedIn("admin");
        HttpResponse<String> r = admin.send("PATCH", "/api/v1/users/rolf", "{\"role\": \"analyst\"}", JSON);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Http.json(r).get("role").asText()).isEqualTo("analyst");
        assertThat(rolf.get("/auth/me").statusCode()).isEqualTo(401);
        Http again = new Http(server).signedIn("rolf");
        assertThat(Http.json(again.get("/auth/me")).get("role").asText()).isEqualTo("analyst");
        assertThat(again.get("/api/v1/imports").statusCode()).isEqualTo(200);
    }

    @Test
    void an_admin_adds_a_user_who_signs_in_and_removes_them_again() {
        Http admin = new Http(server).signedIn("admin");
        HttpResponse<String> added = admin.send("POST", "/api/v1/users",
                "{\"username\": \"nina\", \"role\": \"agent\", \"password\": \"" + WebFixture.PASSWORD + "\"}", JSON);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Http nina = new Http(server).signedIn("nina");
        assertThat(Http.json(nina.get("/auth/me")).get("role").asText()).isEqualTo("agent");

        HttpResponse<String> twice = admin.send("POST", "/api/v1/users", "{\"username\": \"nina\", \"role\": \"agent\", \"password\": \"" + WebFixture.PASSWORD + "\"}", JSON);
        assertThat(twice.statusCode()).isEqualTo(409);
        HttpResponse<String> shortPw = admin.send("POST", "/api/v1/users", "{\"username\": \"olga\", \"role\": \"agent\", \"password\": \"short\"}", JSON);
        assertThat(shortPw.statusCode()).isEqualTo(400);
        assertThat(Http.json(shortPw).get("detail").asText()).contains("at least 10 characters");

        assertThat(admin.send("DELETE", "/api/v1/users/nina", null, null).statusCode()).isEqualTo(204);
        assertThat(nina.get("/auth/me").statusCode()).isEqualTo(401);
        assertThat(user(admin, "nina")).isNull();
        HttpResponse<String> gone = admin.send("DELETE", "/api/v1/users/nina", null, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(Http.json(gone).get("detail").asText()).isEqualTo("no user named 'nina'");
    }

    @Test
    void the_last_enabled_admin_cannot_be_disabled_demoted_or_removed() {
        Http admin = new Http(server).signedIn("admin");
        for (String[] change : new String[][] {{"PATCH", "{\"disabled\": true}"}, {"PATCH", "{\"role\": \"viewer\"}"}, {"DELETE", null}}) {
            HttpResponse<String> r = admin.send(change[0], "/api/v1/users/admin", change[1], change[1] == null ? null : JSON);
            assertThat(r.statusCode()).as(change[0] + " " + change[1]).isEqualTo(409);
            assertThat(Http.json(r).get("detail").asText()).contains("last enabled admin").doesNotContain("Exception");
        }
        assertThat(user(admin, "admin").get("role").asText()).isEqualTo("admin");
        assertThat(admin.get("/auth/me").statusCode()).isEqualTo(200);
    }

    @Test
    void other_roles_get_403_and_a_change_without_the_csrf_token_is_refused() {
        for (String role : List.of("analyst", "agent", "viewer")) {
            Http h = new Http(server).signedIn(role);
            assertThat(h.get("/api/v1/users").statusCode()).as(role).isEqualTo(403);
            assertThat(h.send("POST", "/api/v1/users", "{\"username\": \"x1\", \"role\": \"admin\", \"password\": \"" + WebFixture.PASSWORD + "\"}",
                    JSON).statusCode()).as(role).isEqualTo(403);
            assertThat(h.send("PATCH", "/api/v1/users/viewer", "{\"role\": \"admin\"}", JSON).statusCode()).as(role).isEqualTo(403);
            assertThat(h.send("DELETE", "/api/v1/users/agent", null, null).statusCode()).as(role).isEqualTo(403);
        }
        Http admin = new Http(server).signedIn("admin");
        admin.useCsrf(null);
        HttpResponse<String> r = admin.send("PATCH", "/api/v1/users/viewer", "{\"disabled\": true}", JSON);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Http.json(r).get("detail").asText()).contains("CSRF");
        assertThat(admin.send("DELETE", "/api/v1/users/viewer", null, null).statusCode()).isEqualTo(403);
        assertThat(user(admin, "viewer").get("disabled").asBoolean()).isFalse();
    }

    @Test
    void a_bad_change_is_a_400_naming_the_field() {
        Http admin = new Http(server).signedIn("admin");
        HttpResponse<String> unknown = admin.send("PATCH", "/api/v1/users/viewer", "{\"password\": \"x\"}", JSON);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknown).get("detail").asText()).contains("'password'");
        HttpResponse<String> badRole = admin.send("PATCH", "/api/v1/users/viewer", "{\"role\": \"root\"}", JSON);
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(Http.json(badRole).get("detail").asText()).contains("unknown role 'root'");
        HttpResponse<String> notBool = admin.send("PATCH", "/api/v1/users/viewer", "{\"disabled\": \"yes\"}", JSON);
        assertThat(notBool.statusCode()).isEqualTo(400);
        assertThat(admin.send("PATCH", "/api/v1/users/nobody", "{\"disabled\": true}", JSON).statusCode()).isEqualTo(404);
    }
}
