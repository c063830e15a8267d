package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.clientela.action.rule.RuleFile;
import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.service.access.Role;
import io.clientela.service.rules.LiveRules;
import jakarta.mail.internet.MimeMessage;
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
 * What {@code clientela serve --rules FILE} runs, on one port: the collector, the sign-in, REST API
 * and dashboard, and the rules acting on what arrives, with the alert mailed to a real SMTP server.
 */
class ServeEverythingTest {
    @TempDir
    Path tmp;
    GreenMail smtp;
    App app;
    LiveRules rules;
    Serving serving;
    String writeKey;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        app = App.open(tmp.resolve("ws"), "test", TestServer.CLOCK);
        writeKey = app.apiKeys().create(Role.WRITER, "web", "tracker").secret();
        rules = LiveRules.start(app.workspace(), app.clock(), RuleFile.parse("test-rules.yaml", """
                recipients:
                  service: {email: service@example.com}
                routing:
                  - fallback: service
                delivery:
                  smtp: {host: 127.0.0.1, port: %d, from: alerts@example.com}
                  attempts: 2
                  backoff: 1s
                  timeout: 5s
                rules:
                  - id: detractor
                    on: feedback
                    when: item.nps <= 6
                    actions:
                      - alert: {priority: high, title: "Detractor (NPS {item.nps})", recommend: Call within 24 h, notify: [email]}
                      - case: high
                """.formatted(smtp.getSmtp().getPort())));
        serving = app.serve(new ServerSettings("127.0.0.1", 0, 1 << 20, 1000), rules, 50_000, 5_000, true).also(rules);
    }

    @AfterEach
    void stop() {
        serving.close();
        app.close();
        smtp.stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void negative_feedback_collected_over_http_mails_an_alert_and_opens_a_case() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/feedback"))
                .header("Authorization", "Bearer " + writeKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        [{"feedback_id": "f1", "customer_id": "c1", "responded_at": "2026-10-31 10:00:00", "nps": 2},
                         {"feedback_id": "f2", "customer_id": "c2", "responded_at": "2026-10-31 10:05:00", "nps": 10}]""")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("an alert mail within 15 s").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("Detractor (NPS 2)");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("service@example.com");
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).as("the promoter raised nothing").hasSize(1);
    }

    @Test
    void the_dashboard_and_rest_api_share_the_port_with_the_collector_and_its_error_format() throws Exception {
        HttpResponse<String> openapi = send(HttpRequest.newBuilder(URI.create(serving.url() + "/api/openapi.json")));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/customers");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(serving.url() + "/index.html")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/customers")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"title\"").contains("\"status\"").contains("\"detail\"");

        HttpResponse<String> noKey = send(HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/events"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.body()).contains("\"title\"").contains("\"detail\"");

        String adminKey = app.apiKeys().create(Role.ADMIN, "web", "reports").secret();
        HttpResponse<String> noRun = send(HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/runs/99")).header("X-Api-Key", adminKey));
        assertThat(noRun.statusCode()).isEqualTo(404);
        assertThat(noRun.body()).as("the endpoint's own message survives the server's 404 page").contains("no value run 99");
        HttpResponse<String> noRoute = send(HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/nothing-here")).header("X-Api-Key", adminKey));
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.body()).contains("no endpoint GET /api/v1/nothing-here");

        HttpResponse<String> shop = send(HttpRequest.newBuilder(URI.create(serving.url() + "/demo/shop?key=" + writeKey)));
        assertThat(shop.statusCode()).isEqualTo(200);
        assertThat(shop.headers().firstValue("Content-Security-Policy")).as("the demo shop runs its own inline script").isEmpty();
    }
}
