package io.clientela.action.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.action.alert.Route;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RuleFileTest {

    private static void assertError(String yaml, int line, int column, String message) {
        assertThatThrownBy(() -> RuleFile.parse("r.yaml", yaml)).isInstanceOfSatisfying(RuleFileException.class, e -> {
            assertThat(e.getMessage()).startsWith("r.yaml line " + line + ", column " + column + ": ").contains(message);
            assertThat(e.exitCode()).isEqualTo(2);
        });
    }

    @Test
    void reads_the_shipped_example_with_routing_sla_and_delivery() {
        RuleSet set = RuleFile.load(Path.of("../examples/rules/casa-nova.yaml"));
        assertThat(set.rules()).extracting(Rule::id).contains("a-class-detractor", "three-tickets-in-7-days", "a-class-revenue-down-qoq");
        assertThat(set.routing().routes()).first().isInstanceOf(Route.AccountOwner.class);
        assertThat(set.routing().routes()).last().isInstanceOf(Route.Fallback.class);
        assertThat(set.sla().of("high")).isEqualTo(Duration.ofHours(24));
        assertThat(set.warnings()).isEmpty();
    }

    @Test
    void a_yaml_syntax_error_names_line_and_column() {
        assertError("rules:\n  - id: a\n    when: item.nps <= 6\n    actions: [tag: x\n", 5, 1, "YAML syntax error");
        assertError("rules:\n  - id: a\n     on: feedback\n", 3, 8, "YAML syntax error");
    }

    @Test
    void a_bad_condition_names_the_line_and_column_inside_the_rule() {
        String yaml = """
                rules:
                  - id: detractor
                    on: feedback
                    when: item.nps <= 6 and customer.abc_class == "A" andd true
                    actions: [tag: detractor]
                """;
        assertError(yaml, 4, 55, "unexpected 'andd'");
        assertError(yaml.replace("item.nps <= 6 and customer.abc_class == \"A\" andd true", "\"count(tickets, 7d) > 2\""), 4, 18, "count() counts one of");
        String block = """
                rules:
                  - id: detractor
                    on: feedback
                    when: |
                      item.nps <= 6
                      and count(ticket, 7q) > 1
                    actions: [tag: detractor]
                """;
        assertError(block, 6, 26, "unknown time unit 'q'");
        assertError(yaml.replace("andd true", "").replace("[tag: detractor]", "\n      - alert: {title: \"NPS {item.nps +}\"}"), 6, 40, "ends too early; expected a value");
    }

    @Test
    void unknown_keys_kinds_recipients_and_missing_parts_are_located() {
        assertError("rules:\n  - id: a\n    on: feedback\n    wehn: item.nps <= 6\n", 4, 5, "unknown key 'wehn'");
        assertError("rules:\n  - id: a\n    on: survey\n    when: true\n    actions: [tag: x]\n", 3, 9, "'on' must be event, feedback");
        assertError("rules:\n  - id: a\n    on: feedback\n    actions: [tag: x]\n", 2, 5, "has no condition");
        assertError("rules:\n  - id: a\n    on: feedback\n    when: true\n    actions:\n      - alert: {title: t, to: nobody}\n", 6, 31,
                "'nobody' is not under 'recipients:'");
        assertError("rules:\n  - id: a\n    schedule: products\n    when: count(ticket, 7d) > 1\n    actions: [tag: x]\n", 4, 17,
                "tickets are not about a product");
        assertError("rules:\n  - id: a\n    schedule: customers\n    when: item.nps < 3\n    actions: [tag: x]\n", 4, 11, "unknown name 'item.nps'");
        assertError("rules:\n  - id: a\n    on: feedback\n    when: true\n    cooldown: 7 days\n    actions: [tag: x]\n", 5, 15, "not a duration");
        assertError("rules:\n  - {id: a, on: event, when: true, actions: [tag: x]}\n  - {id: a, on: event, when: true, actions: [tag: y]}\n", 3, 5,
                "used twice");
    }

    @Test
    void settings_the_recipients_sla_or_delivery_refuse_are_located() {
        String rules = "rules:\n  - {id: a, on: event, when: true, actions: [tag: x]}\n";
        assertError("sla:\n  high: 0d\n" + rules, 2, 9, "the SLA for high must be longer than zero");
        assertError("recipients:\n  emea: {email: emea.example}\n" + rules, 2, 9, "recipient 'emea': email 'emea.example' has no @");
        assertError("delivery:\n  attempts: 0\n" + rules, 2, 3, "attempts must be between 1 and 20, found 0");
        assertError("delivery:\n  smtp: {host: mail, port: 70000, from: a@b.example}\n" + rules, 2, 9, "smtp port must be 1-65535, found 70000");
    }

    @Test
    void rules_that_would_loop_are_refused() {
        String yaml = """
                rules:
                  - id: follow-up
                    on: event
                    when: item.type == "customer_tagged"
                    actions: [case: high]
                  - id: tag-on-case
                    on: event
                    when: item.type in ["case_opened"]
                    actions: [tag: handled]
                """;
        assertError(yaml, 2, 1, "rules would loop: follow-up -> tag-on-case -> follow-up");
    }

    @Test
    void a_rule_on_every_event_that_opens_cases_is_a_warning_the_guard_handles() {
        RuleSet set = RuleFile.parse("r.yaml", "rules:\n  - id: any\n    on: event\n    when: customer.country == 'GB'\n    actions: [case: low]\n");
        assertThat(set.warnings()).singleElement().asString().contains("rules may loop: any -> any");
    }
}
