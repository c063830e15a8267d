package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCommandsTest {
    @TempDir
    Path tmp;

    private static final Path EXAMPLE = Path.of("../examples/rules/casa-nova.yaml");

    @Test
    void rules_check_validates_the_shipped_example() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("rules", "check", EXAMPLE.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("casa-nova.yaml: 6 rules OK (4 real time, 2 scheduled)").contains("a-class-detractor").contains("every 1d over customers");
        assertThat(tmp.resolve("ws")).as("check needs no workspace").doesNotExist();
    }

    @Test
    void rules_check_names_line_and_column_of_a_bad_condition_and_exits_2() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "rules:\n  - id: x\n    on: feedback\n    when: item.nps <= \n    actions: [tag: t]\n");
        Cli.Result r = new Cli(tmp.resolve("ws")).run("rules", "check", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: " + bad + " line 4, column 22: the condition ends too early; expected a value");
    }

    @Test
    void the_collection_rules_listing_still_works_beside_the_subcommands() {
        Workspace.open(tmp.resolve("ws"), "test").close();
        Cli.Result r = new Cli(tmp.resolve("ws")).run("rules", "orders");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("orders").contains("ordered_at");
    }

    @Test
    void rules_test_is_a_dry_run_over_the_workspace() {
        try (Workspace w = Workspace.open(tmp.resolve("ws"), "test")) {
            Db.update(w.connection(), "INSERT INTO customers (customer_id, name, region, records) VALUES (42, 'Ann Smith', 'Europe', 1)");
        }
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result r = cli.run("rules", "test", EXAMPLE.toString(), "--event", "{\"kind\": \"feedback\", \"customer_id\": 42, \"nps\": 2, \"sentiment\": -0.8, \"id\": \"F9\"}");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("dry run over 1 item: 1 firing").contains("very-negative-feedback fired for 42 on feedback")
                .contains("would: alert [normal] 'Very negative feedback from Ann Smith' to agent (fallback) by email");
        Cli.Result alerts = cli.run("alerts", "--json");
        assertThat(alerts.out().strip()).as("a dry run stores nothing").isEqualTo("[ ]");

        Cli.Result bad = cli.run("rules", "test", EXAMPLE.toString(), "--event", "{\"kind\": \"survey\"}");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("error: --event field 'kind': expected event, feedback, order or ticket, found \"survey\"");
        Cli.Result notJson = cli.run("rules", "test", EXAMPLE.toString(), "--event", "{kind: 1}");
        assertThat(notJson.err()).startsWith("error: --event is not JSON: ").contains("line 1, column 2");
    }

    @Test
    void rules_run_delivers_an_early_warning_by_mail_to_a_real_smtp_server() throws Exception {
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Path rules = tmp.resolve("r.yaml");
            Files.writeString(rules, """
                    recipients: {owner-team: {email: owners@example.com}}
                    routing: [account_owner, {fallback: owner-team}]
                    delivery: {smtp: {host: 127.0.0.1, port: %d, from: alerts@example.com}, backoff: 10ms}
                    rules:
                      - id: lapsed
                        schedule: customers
                        when: days_since(order) > 90
                        actions:
                          - alert: {title: "{customer.name} has not ordered for {days_since(order)} days", recommend: Send a win-back offer, notify: [email]}
                    """.formatted(smtp.getSmtp().getPort()));
            try (Workspace w = Workspace.open(tmp.resolve("ws"), "test")) {
                Db.update(w.connection(), "INSERT INTO customers (customer_id, name, account_owner, records) VALUES (7, 'Bo', 'dana@example.com', 1), "
                        + "(8, 'Cy', NULL, 1)");
                Db.update(w.connection(), "INSERT INTO orders (source, order_id, customer_id, ordered_at, status) VALUES "
                        + "('s', 'O1', 7, TIMESTAMP '2026-07-01 10:00:00', 'completed'), ('s', 'O2', 8, TIMESTAMP '2026-10-01 10:00:00', 'completed')");
            }
            Cli.Result r = new Cli(tmp.resolve("ws")).run("rules", "run", rules.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("evaluated 2 items: 1 firing").contains("lapsed fired for 7");
            assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("[normal] Bo has not ordered for 123 days");
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo("dana@example.com");
            });
            assertThat(new Cli(tmp.resolve("ws")).run("alerts").out()).contains("delivered");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void cases_are_worked_through_the_command_line_and_alerts_are_listed() throws Exception {
        Path rules = tmp.resolve("r.yaml");
        Files.writeString(rules, """
                recipients: {queue: {email: queue@example.com}}
                routing: [{fallback: queue}]
                rules:
                  - id: detractors
                    schedule: customers
                    when: count(feedback, 30d) >= 1
                    actions:
                      - alert: {title: "Detractor {customer.name}", notify: [email]}
                      - case: high
                """);
        try (Workspace w = Workspace.open(tmp.resolve("ws"), "test")) {
            Db.update(w.connection(), "INSERT INTO customers (customer_id, name, records) VALUES (7, 'Bo', 1)");
            Db.update(w.connection(), "INSERT INTO feedback (source, feedback_id, customer_id, responded_at, nps) VALUES ('s', 'F1', 7, TIMESTAMP '2026-10-30 10:00:00', 2)");
        }
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result later = cli.run("rules", "run", rules.toString(), "--as-of", "2026-12-31");
        assertThat(later.out()).as("as of the end of the year the feedback is outside the 30 days").contains("evaluated 1 item: 0 firings");
        Cli.Result run = cli.run("rules", "run", rules.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("detractors fired for 7 on schedule, alert 1, case 1");

        Cli.Result alerts = cli.run("alerts", "--csv");
        assertThat(alerts.out()).startsWith("alert_id,created_at,priority").contains("Detractor Bo").contains(",failed,");
        Cli.Result shown = cli.run("alerts", "show", "1");
        assertThat(shown.out()).contains("e-mail is not configured; set delivery: smtp:");

        assertThat(cli.run("cases", "start", "1", "--by", "anna").out().strip()).isEqualTo("case 1: in_progress, owner queue");
        assertThat(cli.run("cases", "note", "1", "Called, sent a voucher", "--by", "anna").code()).isZero();
        assertThat(cli.run("cases", "resolve", "1", "--outcome", "recovered").out().strip()).isEqualTo("case 1: resolved, owner queue, outcome recovered");
        Cli.Result wrong = cli.run("cases", "assign", "1", "bob");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("error: case 1 is resolved and cannot become assigned; it can become closed, in_progress");
        assertThat(cli.run("cases", "close", "1").code()).isZero();

        JsonNode c = new ObjectMapper().readTree(cli.run("cases", "show", "1", "--json").out());
        assertThat(c.get("status").asText()).isEqualTo("closed");
        assertThat(c.get("notes").get(0).get("text").asText()).isEqualTo("Called, sent a voucher");
        assertThat(c.get("history")).hasSize(5);
        assertThat(cli.run("cases", "list", "--csv").out()).startsWith("case_id,status,priority,owner").contains("1,closed,high,queue");
        JsonNode k = new ObjectMapper().readTree(cli.run("cases", "kpis", "--json").out());
        assertThat(k.get("recovery_rate").asDouble()).isEqualTo(1.0);
        assertThat(k.get("followed_up_share").asDouble()).isEqualTo(1.0);
        assertThat(cli.run("rules", "stats", rules.toString()).out()).contains("detractors").contains("schedule customers");
    }
}
