package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A tracker on a shop's own domain sends to the collector on another: a real browser, on a page of
 * one server, posts to a second server that allows that page's origin and to a third that does not.
 */
class CrossOriginTest {
    @TempDir
    Path tmp;
    TestServer shop;
    TestServer allowing;
    TestServer refusing;
    ChromeDriver browser;

    @BeforeEach
    void start() {
        shop = new TestServer(tmp.resolve("shop"), Clock.systemUTC());
        allowing = new TestServer(tmp.resolve("allowing"), Clock.systemUTC(), List.of(shop.serving.url()));
        refusing = new TestServer(tmp.resolve("refusing"), Clock.systemUTC());
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (TestServer s : new TestServer[] {shop, allowing, refusing}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private Object send(TestServer to) {
        String event = "[{\"event_id\":\"x-" + to.serving.url().hashCode() + "\",\"type\":\"page_view\",\"occurred_at\":\""
                + java.time.Instant.now() + "\"}]";
        return browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0] + '/api/v1/events', {method: 'POST', headers: {'Content-Type': 'application/json', "
                + "'Authorization': 'Bearer ' + arguments[1]}, body: arguments[2]})"
                + ".then(function (r) { done('status ' + r.status); }, function (e) { done('refused: ' + e); });",
                to.serving.url(), to.writeKey, event);
    }

    @Test
    void a_page_from_an_allowed_origin_may_send_and_others_are_refused_by_the_browser() {
        browser.get(shop.serving.url() + "/demo/shop?key=" + shop.writeKey);

        assertThat(send(allowing)).isEqualTo("status 202");
        assertThat(allowing.count("SELECT count(*) FROM events WHERE type = 'page_view' AND event_id LIKE 'x-%'")).isEqualTo(1);
        assertThat((String) send(refusing)).startsWith("refused");
        assertThat(refusing.count("SELECT count(*) FROM events")).as("the preflight was refused, so nothing was sent").isZero();
    }

    @Test
    void the_preflight_names_what_may_be_sent_and_an_unknown_origin_gets_a_403_problem() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var ok = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(allowing.serving.url() + "/api/v1/events"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).header("Origin", shop.serving.url())
                .header("Access-Control-Request-Method", "POST").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(204);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).contains(shop.serving.url());
        assertThat(ok.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains("Authorization");

        var no = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(allowing.serving.url() + "/api/v1/events"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(no.statusCode()).isEqualTo(403);
        assertThat(no.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(TestServer.json(no).get("detail").asText()).contains("--allow-origin https://evil.example");
    }

    @Test
    void an_allowed_origin_must_be_a_plain_origin() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ServerSettings("127.0.0.1", 0, 4096, 10, List.of("https://shop.example/path")))
                .hasMessageContaining("such as https://shop.example.com");
    }
}
