package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.app.WorkspaceConfig;
import io.clientela.core.UsageException;
import io.clientela.ingest.collect.CollectedItems;
import io.clientela.service.access.AuthSettings;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.Users;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code auth:} in clientela.yaml, and {@code secure_cookie: auto|true|false} as {@code clientela serve} applies it. */
class SecureCookieSettingTest {
    static final String PASSWORD = "plum kettle on the stairs";

    @TempDir
    Path tmp;

    @Test
    void the_auth_section_sets_the_cookie_flag_the_session_and_the_limits() throws IOException {
        Path ws = workspace("auth:\n  secure_cookie: true\n  session_hours: 2\n  max_failures: 10\n  failure_window_minutes: 5\n");
        AuthSettings auth = WorkspaceConfig.load(ws).auth();
        assertThat(auth).isEqualTo(new AuthSettings(Duration.ofHours(2), 10, Duration.ofMinutes(5), AuthSettings.SecureCookie.ALWAYS));
        assertThat(WorkspaceConfig.load(workspace("identity: {default_country: GB}\n")).auth()).isEqualTo(AuthSettings.DEFAULT);
        assertThat(AuthSettings.DEFAULT.secureCookie()).isEqualTo(AuthSettings.SecureCookie.AUTO);
    }

    @Test
    void a_bad_value_fails_at_start_up_with_what_is_allowed() throws IOException {
        Path ws = workspace("auth:\n  secure_cookie: sometimes\n");
        assertThatThrownBy(() -> WorkspaceConfig.load(ws)).isInstanceOf(UsageException.class)
                .hasMessageContaining("auth.secure_cookie: expected auto, true or false, not 'sometimes'");
        Path zero = workspace("auth:\n  max_failures: 0\n");
        assertThatThrownBy(() -> WorkspaceConfig.load(zero)).isInstanceOf(UsageException.class).hasMessageContaining("auth.max_failures");
    }

    @Test
    void secure_cookie_true_marks_the_cookie_secure_even_over_plain_http() throws Exception {
        assertThat(loginCookie(workspace("auth: {secure_cookie: true}\n"))).containsIgnoringCase("Secure");
    }

    @Test
    void secure_cookie_false_leaves_it_off_even_behind_a_proxy_that_says_https() throws Exception {
        assertThat(loginCookie(workspace("auth: {secure_cookie: false}\n"), "X-Forwarded-Proto", "https")).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void secure_cookie_auto_follows_the_forwarded_protocol() throws Exception {
        Path ws = workspace("auth: {secure_cookie: auto}\n");
        assertThat(loginCookie(ws, "X-Forwarded-Proto", "https")).containsIgnoringCase("Secure");
        assertThat(loginCookie(ws, "Forwarded", "for=10.0.0.1;proto=https")).containsIgnoringCase("Secure");
        assertThat(loginCookie(ws, "X-Forwarded-Proto", "http")).doesNotContainIgnoringCase("Secure");
    }

    private Path workspace(String yaml) throws IOException {
        Path ws = Files.createTempDirectory(tmp, "ws");
        Files.writeString(ws.resolve(WorkspaceConfig.FILE), yaml);
        return ws;
    }

    /** Serves the workspace as {@code clientela serve} does, signs in once and returns the Set-Cookie header. */
    private String loginCookie(Path ws, String... headers) throws Exception {
        try (App app = App.open(ws, "test", Clock.systemUTC())) {
            if (!new Users(app.handle(), Clock.systemUTC(), new PasswordHasher(1_000)).exists("ana")) {
                new Users(app.handle(), Clock.systemUTC(), new PasswordHasher(1_000)).add("ana", Role.ADMIN, PASSWORD.toCharArray());
            }
            try (Serving serving = app.serve(new ServerSettings("127.0.0.1", 0, 64 * 1024, 1000), CollectedItems.NONE, 1000, 100, true)) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serving.url() + "/auth/login")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"ana\",\"password\":\"" + PASSWORD + "\"}"));
                for (int i = 0; i < headers.length; i += 2) {
                    b.header(headers[i], headers[i + 1]);
                }
                HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                return r.headers().firstValue("Set-Cookie").orElseThrow();
            }
        }
    }
}
