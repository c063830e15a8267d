package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.action.alert.Dispatcher;
import io.clientela.action.rule.Evaluation;
import io.clientela.action.rule.RuleFile;
import io.clientela.action.rule.RuleSet;
import io.clientela.action.rule.Trigger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule file with {@code delivery: outbox: true}: a firing rule's alert e-mail is rendered and kept in
 * the workspace instead of being sent, and {@code GET /api/v1/outbox} lists it for admins and analysts.
 */
class OutboxTest {
    static final String RULES = """
            recipients:
              agent: {email: agent@casanova.example}
            routing:
              - fallback: agent
            delivery:
              outbox: true
            rules:
              - id: detractor
                on: feedback
                when: item.nps <= 3
                actions:
                  - alert: {priority: high, title: "Detractor {customer.name} (NPS {item.nps})", recommend: Call today, notify: [email]}
                  - case: high
            """;

    @TempDir
    static Path tmp;
    static WebFixture server;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Fires the outbox rule file on a detractor answer of {@code customerId}; returns the evaluation. */
    static Evaluation fire(WebFixture server, long customerId, int nps) {
        RuleSet set = RuleFile.parse("outbox.yaml", RULES);
        try (Dispatcher d = server.app().dispatcher(set)) {
            Evaluation e = server.app().rules(set, d).evaluate(List.of(Trigger.stored("feedback", "relationship", customerId, Map.of("nps", nps),
                    Instant.parse("2026-10-30T09:00:00Z"), "F-outbox-" + customerId)));
            assertThat(d.awaitIdle(Duration.ofSeconds(30))).isTrue();
            return e;
        }
    }

    @Test
    void a_firing_rules_alert_mail_is_stored_in_the_outbox_and_listed_for_analysts() {
        Evaluation e = fire(server, 21, 2);
        assertThat(e.fired()).hasSize(1);
        long alertId = e.fired().get(0).alertId();
        JsonNode list = Http.json(new Http(server).signedIn("analyst").get("/api/v1/outbox?sort=mail_id&order=desc"));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode mail = list.get("items").get(0);
        assertThat(mail.get("mail_to").asText()).isEqualTo("agent@casanova.example");
        assertThat(mail.get("subject").asText()).startsWith("[high] Detractor ").endsWith("(NPS 2)");
        assertThat(mail.get("body").asText()).contains("Call today");
        assertThat(mail.get("alert_id").asLong()).isEqualTo(alertId);
        assertThat(mail.get("alert_status").asText()).isEqualTo("delivered");
        assertThat(mail.get("case_id").isNull()).isFalse();
        assertThat(mail.get("stored_at").asText()).isNotBlank();

        // an agent works the inbox, the outbox is for admins and analysts
        assertThat(new Http(server).signedIn("agent").get("/api/v1/outbox").statusCode()).isEqualTo(403);
        assertThat(new Http(server).signedIn("admin").get("/api/v1/outbox").statusCode()).isEqualTo(200);
    }

    @Test
    void outbox_must_be_true_or_false_in_words() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleFile.parse("x.yaml", RULES.replace("outbox: true", "outbox: yes please")))
                .hasMessageContaining("x.yaml line 6").hasMessageContaining("outbox is true");
    }
}
