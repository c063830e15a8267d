package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Login CSRF: a page on another site must not sign the browser in (to an account of the attacker's
 * choosing), neither with a form nor with a script; the sign-in page itself, and command-line
 * clients that send no Origin, still can.
 */
class LoginFromOtherSitesTest {
    static final String FORM = "username=admin&password=" + WebFixture.PASSWORD.replace(' ', '+');
    static final String JSON = "{\"username\":\"admin\",\"password\":\"" + WebFixture.PASSWORD + "\"}";

    @TempDir
    Path tmp;

    WebFixture server;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = WebFixture.start(tmp.resolve("ws"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_form_posted_from_another_site_is_refused_without_a_cookie() {
        HttpResponse<String> r = login(FORM, "application/x-www-form-urlencoded", "Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Http.json(r).get("detail").asText()).contains("https://evil.example").doesNotContain("Exception");
    }

    @Test
    void a_script_on_another_site_is_refused_without_a_cookie() {
        HttpResponse<String> r = login(JSON, "application/json", "Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void another_port_of_the_same_host_and_an_opaque_origin_are_other_sites() {
        assertThat(login(FORM, "application/x-www-form-urlencoded", "Origin", "http://127.0.0.1:1").statusCode()).isEqualTo(403);
        assertThat(login(FORM, "application/x-www-form-urlencoded", "Origin", "null").statusCode()).isEqualTo(403);
    }

    @Test
    void without_an_origin_a_foreign_referer_or_a_cross_site_fetch_is_refused() {
        HttpResponse<String> referer = login(FORM, "application/x-www-form-urlencoded", "Referer", "https://evil.example/win-a-prize.html");
        assertThat(referer.statusCode()).isEqualTo(403);
        assertThat(referer.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> fetch = login(JSON, "application/json", "Sec-Fetch-Site", "cross-site");
        assertThat(fetch.statusCode()).isEqualTo(403);
        assertThat(fetch.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void the_sign_in_page_itself_and_clients_without_an_origin_sign_in() {
        String own = server.url("");
        assertThat(login(JSON, "application/json", "Origin", own, "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(200);
        assertThat(login(FORM, "application/x-www-form-urlencoded", "Referer", own + "/login.html").statusCode()).isEqualTo(200);
        HttpResponse<String> curl = login(FORM, "application/x-www-form-urlencoded");
        assertThat(curl.statusCode()).isEqualTo(200);
        assertThat(curl.headers().firstValue("Set-Cookie")).get().asString().startsWith(Auth.COOKIE + "=");
        assertThat(login(JSON, "application/json", "Sec-Fetch-Site", "none").statusCode()).as("typed into the address bar").isEqualTo(200);
    }

    @Test
    void behind_a_proxy_the_origin_may_name_the_forwarded_host() {
        HttpResponse<String> r = login(JSON, "application/json", "Origin", "https://clientela.example.com", "X-Forwarded-Host",
                "clientela.example.com", "X-Forwarded-Proto", "https");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void over_plain_http_the_cookie_is_not_secure_but_behind_a_proxy_that_says_https_it_is() {
        assertThat(login(JSON, "application/json").headers().firstValue("Set-Cookie")).get().asString().doesNotContainIgnoringCase("Secure");
        assertThat(login(JSON, "application/json", "X-Forwarded-Proto", "https").headers().firstValue("Set-Cookie")).get().asString()
                .containsIgnoringCase("Secure");
    }

    private HttpResponse<String> login(String body, String type, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url("/auth/login"))).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
