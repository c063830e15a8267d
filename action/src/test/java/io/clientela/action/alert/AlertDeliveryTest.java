package io.clientela.action.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.clientela.action.Fixture;
import io.clientela.action.rule.Evaluation;
import io.clientela.action.rule.RuleEngine;
import io.clientela.action.rule.RuleFile;
import io.clientela.action.rule.RuleSet;
import io.clientela.action.rule.Trigger;
import io.clientela.store.Db;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertDeliveryTest {
    @TempDir
    Path tmp;
    Fixture f;
    GreenMail smtp;
    HttpServer http;
    final List<String> posted = new CopyOnWriteArrayList<>();
    final AtomicInteger failFirst = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        f = new Fixture(tmp).customer(1, "Ann Smith", "Europe", null);
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = failFirst.getAndDecrement() > 0;
            if (!fail) {
                posted.add(body);
            }
            byte[] answer = (fail ? "busy" : "ok").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(fail ? 503 : 200, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        http.start();
    }

    @AfterEach
    void stop() {
        http.stop(0);
        smtp.stop();
        f.close();
    }

    private String rules(int smtpPort, String webhook) {
        return """
                recipients:
                  emea: {email: emea@casanova.example, webhook: "%s"}
                routing:
                  - region: {Europe: emea}
                delivery:
                  smtp: {host: 127.0.0.1, port: %d, from: alerts@clientela.example}
                  attempts: 3
                  backoff: 50ms
                  timeout: 2s
                rules:
                  - id: detractor
                    on: feedback
                    when: item.nps <= 6
                    actions:
                      - alert: {priority: high, title: "{customer.name} gave NPS {item.nps}", recommend: Call within 24 h, notify: [email, webhook]}
                      - case: high
                """.formatted(webhook, smtpPort);
    }

    private Map<String, Object> evaluateAndWait(String yaml) {
        RuleSet set = RuleFile.parse("r.yaml", yaml);
        try (Dispatcher d = Dispatcher.start(f.handle(), set.delivery(), Fixture.CLOCK)) {
            Evaluation e = new RuleEngine(f.handle(), set, Fixture.CLOCK, d).evaluate(
                    List.of(Trigger.stored("feedback", "nps", 1L, Map.of("nps", 4), Fixture.NOW, "F1")));
            assertThat(e.fired()).hasSize(1);
            assertThat(d.awaitIdle(Duration.ofSeconds(20))).isTrue();
            return new Alerts(f.handle()).show(e.fired().get(0).alertId());
        }
    }

    private String hook() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/hook";
    }

    @Test
    void the_alert_mail_reaches_a_real_smtp_server_and_the_webhook_gets_slack_json() throws Exception {
        Map<String, Object> alert = evaluateAndWait(rules(smtp.getSmtp().getPort(), hook()));

        assertThat(alert.get("status")).isEqualTo("delivered");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("[high] Ann Smith gave NPS 4");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("emea@casanova.example");
        assertThat(((String) mails[0].getContent())).contains("Recommended: Call within 24 h").contains("rule detractor").contains("| case ");

        assertThat(posted).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(posted.get(0));
        assertThat(json.get("text").asText()).startsWith("[HIGH] Ann Smith gave NPS 4");
        assertThat(json.get("blocks").get(0).get("text").get("text").asText()).isEqualTo("*[high] Ann Smith gave NPS 4*\nRecommended: Call within 24 h");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deliveries = (List<Map<String, Object>>) alert.get("deliveries");
        assertThat(deliveries).extracting(d -> d.get("channel"), d -> d.get("status"), d -> d.get("attempts"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "delivered", 1), org.assertj.core.groups.Tuple.tuple("webhook", "delivered", 1));
    }

    @Test
    void customer_text_reaches_the_slack_webhook_escaped_so_it_cannot_ping_the_channel_or_forge_a_link() throws Exception {
        String evil = "<!channel> <https://evil.example|click> & <@U123>";
        Db.update(f.c(), "UPDATE customers SET name = ? WHERE customer_id = 1", "Ann <!here>");
        RuleSet set = RuleFile.parse("r.yaml", rules(smtp.getSmtp().getPort(), hook()).replace("{customer.name} gave NPS {item.nps}",
                "{customer.name} said {item.text}").replace("recommend: Call within 24 h", "recommend: \"Answer {item.text}\""));
        try (Dispatcher d = Dispatcher.start(f.handle(), set.delivery(), Fixture.CLOCK)) {
            new RuleEngine(f.handle(), set, Fixture.CLOCK, d).evaluate(
                    List.of(Trigger.stored("feedback", "nps", 1L, Map.of("nps", 4, "text", evil), Fixture.NOW, "F1")));
            assertThat(d.awaitIdle(Duration.ofSeconds(20))).isTrue();
        }

        assertThat(posted).hasSize(1);
        assertThat(posted.get(0)).doesNotContain("<!channel>").doesNotContain("<!here>").doesNotContain("<https://evil.example|click>")
                .doesNotContain("<@U123>");
        JsonNode json = new ObjectMapper().readTree(posted.get(0));
        String escaped = "&lt;!channel&gt; &lt;https://evil.example|click&gt; &amp; &lt;@U123&gt;";
        assertThat(json.get("text").asText()).startsWith("[HIGH] Ann &lt;!here&gt; said " + escaped + "\n");
        assertThat(json.get("blocks").get(0).get("text").get("text").asText())
                .isEqualTo("*[high] Ann &lt;!here&gt; said " + escaped + "*\nRecommended: Answer " + escaped);
        assertThat(((String) smtp.getReceivedMessages()[0].getContent())).as("a plain-text e-mail keeps the text as written")
                .startsWith("[HIGH] Ann <!here> said " + evil);
    }

    @Test
    void a_webhook_that_fails_once_is_retried_after_a_back_off() {
        failFirst.set(1);
        Map<String, Object> alert = evaluateAndWait(rules(smtp.getSmtp().getPort(), hook()));
        assertThat(alert.get("status")).isEqualTo("delivered");
        assertThat(posted).hasSize(1);
        assertThat(Db.query(f.c(), "SELECT attempts, last_error FROM deliveries WHERE channel = 'webhook'").get(0))
                .containsEntry("attempts", 2).containsEntry("last_error", "HTTP 503: busy");
    }

    @Test
    void an_unreachable_smtp_server_and_webhook_show_as_failed_on_the_alert_after_every_retry() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Map<String, Object> alert = evaluateAndWait(rules(closed, "http://127.0.0.1:" + closed + "/hook"));

        assertThat(alert.get("status")).isEqualTo("failed");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deliveries = (List<Map<String, Object>>) alert.get("deliveries");
        assertThat(deliveries).hasSize(2).allSatisfy(d -> {
            assertThat(d.get("status")).isEqualTo("failed");
            assertThat(d.get("attempts")).isEqualTo(3);
            assertThat(d.get("delivered_at")).isNull();
        });
        assertThat((String) deliveries.get(0).get("last_error")).as("e-mail").contains("connect").contains(String.valueOf(closed))
                .doesNotContain("Exception");
        assertThat((String) deliveries.get(1).get("last_error")).as("webhook").startsWith("cannot connect").doesNotContain("Exception");
        assertThat(f.count("SELECT count(*) FROM cases")).as("the case is opened even when delivery fails").isEqualTo(1);
    }

    @Test
    void deliveries_left_pending_by_a_stopped_process_are_sent_when_a_dispatcher_starts() throws Exception {
        RuleSet set = RuleFile.parse("r.yaml", rules(smtp.getSmtp().getPort(), hook()));
        Evaluation e = new RuleEngine(f.handle(), set, Fixture.CLOCK, null).evaluate(
                List.of(Trigger.stored("feedback", "nps", 1L, Map.of("nps", 4), Fixture.NOW, "F1")));
        long alertId = e.fired().get(0).alertId();
        Alerts alerts = new Alerts(f.handle());
        long delivery = alerts.addDelivery(alertId, "email", "emea@casanova.example", Fixture.daysAgo(0));
        Db.update(f.c(), "DELETE FROM deliveries WHERE delivery_id <> ?", delivery);
        try (Dispatcher d = Dispatcher.start(f.handle(), set.delivery(), Fixture.CLOCK)) {
            assertThat(d.awaitIdle(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(alerts.show(alertId).get("status")).isEqualTo("delivered");
    }

    @Test
    void a_recipient_without_an_address_is_a_visible_failure_not_a_silent_one() {
        Map<String, Object> alert = evaluateAndWait(rules(smtp.getSmtp().getPort(), hook()).replace("emea: {email: emea@casanova.example, webhook: \"" + hook() + "\"}",
                "emea: {email: emea@casanova.example}"));
        assertThat(alert.get("status")).isEqualTo("failed");
        assertThat(Db.queryString(f.c(), "SELECT last_error FROM deliveries WHERE channel = 'webhook'"))
                .isEqualTo("no webhook for 'emea'; add it under recipients: in r.yaml");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }
}
