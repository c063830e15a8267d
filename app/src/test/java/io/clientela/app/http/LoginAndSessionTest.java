package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.service.access.AuthSettings;
import io.clientela.store.Db;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginAndSessionTest {
    @TempDir
    Path tmp;

    WebFixture server;

    @BeforeEach
    void start() {
        server = WebFixture.start(tmp.resolve("ws"), new AuthSettings(Duration.ofHours(1), 3, Duration.ofMinutes(15), false));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void session_cookie_is_http_only_and_same_site_strict_and_names_the_role() {
        Http http = new Http(server);
        HttpResponse<String> r = http.login("analyst", WebFixture.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/");
        assertThat(Http.json(r).get("role").asText()).isEqualTo("analyst");
        assertThat(Http.json(http.get("/auth/me")).get("username").asText()).isEqualTo("analyst");
    }

    @Test
    void wrong_password_is_refused_and_audited() {
        HttpResponse<String> r = new Http(server).login("analyst", "not the password");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.json(r).get("detail").asText()).isEqualTo("wrong user name or password");
        assertThat(Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM audit_log WHERE action = 'login_failed'")).isEqualTo(1);
    }

    @Test
    void a_failed_login_names_an_existing_account_but_keeps_nothing_of_what_an_unknown_one_typed() {
        assertThat(new Http(server).login("maria.garcia@example.com", "her password?").statusCode()).isEqualTo(401);
        assertThat(new Http(server).login("viewer", "not the password").statusCode()).isEqualTo(401);
        var rows = Db.query(server.app().workspace().connection(), "SELECT * FROM audit_log WHERE action = 'login_failed' ORDER BY audit_id");
        assertThat(rows).extracting(r -> r.get("detail")).containsExactly("unknown user", "user viewer");
        assertThat(rows.toString()).doesNotContain("maria").doesNotContain("garcia");
    }

    @Test
    void brute_force_is_stopped_after_the_allowed_failures_even_with_the_right_password() {
        Http http = new Http(server);
        for (int i = 0; i < 3; i++) {
            assertThat(http.login("admin", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = http.login("admin", WebFixture.PASSWORD);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.json(blocked).get("title").asText()).isEqualTo("Too many requests");
    }

    @Test
    void an_expired_session_is_refused() {
        Http http = new Http(server).signedIn("admin");
        assertThat(http.get("/api/v1/overview").statusCode()).isEqualTo(200);
        Db.update(server.app().workspace().connection(), "UPDATE sessions SET expires_at = TIMESTAMP '2000-01-01 00:00:00'");
        HttpResponse<String> r = http.get("/api/v1/overview");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.json(r).get("detail").asText()).contains("expired");
    }

    @Test
    void a_forged_or_missing_csrf_token_is_refused_on_state_changing_requests() {
        Http http = new Http(server).signedIn("admin");
        String real = http.csrf();
        http.useCsrf("forged-token");
        HttpResponse<String> forged = http.send("DELETE", "/api/v1/customers/3", null, null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Http.json(forged).get("detail").asText()).contains("CSRF");
        http.useCsrf(null);
        assertThat(http.send("DELETE", "/api/v1/customers/3", null, null).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/auth/logout", null, null).statusCode()).isEqualTo(403);
        assertThat(Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM customers WHERE customer_id = 3")).isEqualTo(1);
        http.useCsrf(real);
        assertThat(http.send("POST", "/auth/logout", null, null).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/overview").statusCode()).isEqualTo(401);
    }

    @Test
    void a_made_up_session_cookie_is_not_a_session() {
        Http http = new Http(server).signedIn("admin");
        Http other = new Http(server);
        HttpResponse<String> r = other.send("GET", "/api/v1/overview", null, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(http.cookie()).startsWith(Auth.COOKIE + "=");
    }
}
