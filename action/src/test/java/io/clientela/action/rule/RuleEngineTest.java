package io.clientela.action.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.action.Fixture;
import io.clientela.store.Db;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTest {
    @TempDir
    Path tmp;
    Fixture f;

    @BeforeEach
    void open() {
        f = new Fixture(tmp).customer(1, "Ann Smith", "Europe", null).customer(2, "Bob Jones", "Americas", "carla@casanova.example");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private RuleEngine engine(String rules) {
        RuleSet set = RuleFile.parse("r.yaml", """
                recipients:
                  emea: {email: emea@casanova.example}
                  queue: {email: queue@casanova.example}
                routing:
                  - account_owner
                  - region: {Europe: emea}
                  - fallback: queue
                rules:
                """ + rules);
        return new RuleEngine(f.handle(), set, Fixture.CLOCK, null);
    }

    private static Trigger ticket(long customer, String id) {
        return Trigger.stored("ticket", "delivery", customer, Map.of(), Fixture.NOW, id);
    }

    @Test
    void three_tickets_in_seven_days_fires_once_per_cooldown_and_routes_by_region() {
        RuleEngine engine = engine("""
                  - id: three-tickets
                    on: ticket
                    when: count(ticket, 7d) >= 3
                    cooldown: 7d
                    actions:
                      - alert: {priority: high, title: "{customer.name}: {count(ticket, 7d)} tickets in 7 days"}
                      - case: high
                """);
        f.ticket(1, "T1", 20).ticket(1, "T2", 3).ticket(1, "T3", 0);
        Evaluation two = engine.evaluate(List.of(ticket(1, "T3")));
        assertThat(two.fired()).as("T1 is outside the window").isEmpty();

        f.ticket(1, "T4", 0);
        Evaluation three = engine.evaluate(List.of(ticket(1, "T4")));
        assertThat(three.fired()).singleElement().satisfies(fi -> {
            assertThat(fi.ruleId()).isEqualTo("three-tickets");
            assertThat(fi.alertId()).isNotNull();
            assertThat(fi.caseId()).isNotNull();
        });
        assertThat(f.count("SELECT count(*) FROM alerts WHERE routed_to = 'emea' AND routed_by = 'region Europe' "
                + "AND title = 'Ann Smith: 3 tickets in 7 days' AND case_id IS NOT NULL")).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM cases WHERE owner = 'emea' AND status = 'assigned' AND source_kind = 'ticket' AND source_id = 'T4' "
                + "AND due_at = TIMESTAMP '2026-11-02 12:00:00'")).isEqualTo(1);

        f.ticket(1, "T5", 0);
        Evaluation again = engine.evaluate(List.of(ticket(1, "T5")));
        assertThat(again.fired()).isEmpty();
        assertThat(again.cooledDown()).isEqualTo(1);
        assertThat(engine.stats()).singleElement().satisfies(s -> {
            assertThat(s.get("fired")).isEqualTo(1L);
            assertThat(s.get("cooled_down")).isEqualTo(1L);
        });
    }

    @Test
    void a_dry_run_counts_the_item_itself_and_writes_nothing() {
        RuleEngine engine = engine("""
                  - id: three-tickets
                    on: ticket
                    when: count(ticket, 7d) >= 3
                    actions: [alert: {title: t}, case: high, tag: noisy]
                """);
        f.ticket(1, "T1", 1).ticket(1, "T2", 2);
        Evaluation e = engine.dryRun(List.of(new Trigger("ticket", "delivery", 1L, Map.of(), Fixture.NOW, "new", false)));
        assertThat(e.fired()).singleElement().satisfies(fi -> assertThat(fi.actions()).containsExactly(
                "alert [normal] 't' to emea (region Europe)", "case [high] 't' owned by emea, due in 24 h", "tag 'noisy'"));
        assertThat(f.count("SELECT (SELECT count(*) FROM alerts) + (SELECT count(*) FROM cases) + (SELECT count(*) FROM customer_tags) "
                + "+ (SELECT count(*) FROM rule_firings) + (SELECT count(*) FROM rule_stats)")).isZero();
    }

    @Test
    void an_a_class_detractor_is_found_through_the_value_results_and_routed_to_the_account_owner() {
        f.latestValues("(1, 'Champions', 'B', 'Stars', 0.9, 800.0, 1200.0, 9, 12), (2, 'Champions', 'A', 'Stars', 0.95, 5000.0, 9000.0, 30, 5)");
        RuleEngine engine = engine("""
                  - id: a-class-detractor
                    on: feedback
                    when: item.nps <= 6 and customer.abc_class == "A" and customer.tier == "gold"
                    actions: [alert: {priority: high, title: "{customer.name} (CLV {customer.clv}) gave NPS {item.nps}", recommend: Call within 24 h}]
                """);
        Evaluation e = engine.evaluate(List.of(
                Trigger.stored("feedback", "nps", 1L, Map.of("nps", 3), Fixture.NOW, "F1"),
                Trigger.stored("feedback", "nps", 2L, Map.of("nps", 9), Fixture.NOW, "F2"),
                Trigger.stored("feedback", "nps", 2L, Map.of("nps", 6), Fixture.NOW, "F3")));
        assertThat(e.evaluated()).isEqualTo(3);
        assertThat(e.fired()).extracting(Firing::triggerId).containsExactly("F3");
        assertThat(f.count("SELECT count(*) FROM alerts WHERE routed_to = 'carla@casanova.example' AND routed_by = 'account_owner' "
                + "AND title = 'Bob Jones (CLV 5000) gave NPS 6' AND recommendation = 'Call within 24 h'")).isEqualTo(1);
    }

    @Test
    void the_alert_and_case_keep_the_source_system_of_the_item_that_raised_them() {
        RuleEngine engine = engine("""
                  - id: detractor
                    on: feedback
                    when: item.nps <= 6
                    actions: [alert: {title: t}, case: high]
                """);
        engine.evaluate(List.of(Trigger.stored("feedback", "nps", 1L, Map.of("nps", 2), Fixture.NOW, "F1", "reviews")));
        assertThat(Db.query(f.c(), "SELECT source_kind, source_system, source_id FROM cases")).containsExactly(
                Map.of("source_kind", "feedback", "source_system", "reviews", "source_id", "F1"));
        assertThat(Db.query(f.c(), "SELECT source_kind, source_system, source_id FROM alerts")).containsExactly(
                Map.of("source_kind", "feedback", "source_system", "reviews", "source_id", "F1"));
    }

    @Test
    void works_without_value_results_the_customer_fields_are_then_missing() {
        RuleEngine engine = engine("""
                  - id: a-class-detractor
                    on: feedback
                    when: item.nps <= 6 and customer.abc_class == "A"
                    actions: [tag: detractor]
                  - id: any-detractor
                    on: feedback
                    when: item.nps <= 6 and customer.abc_class == null
                    actions: [tag: unclassified-detractor]
                """);
        Evaluation e = engine.evaluate(List.of(Trigger.stored("feedback", "nps", 1L, Map.of("nps", 2), Fixture.NOW, "F1")));
        assertThat(e.fired()).extracting(Firing::ruleId).containsExactly("any-detractor");
    }

    @Test
    void an_item_about_a_product_is_routed_to_its_product_line_when_no_owner_or_region_matches() {
        f.customer(3, "Cleo Park", "Asia", null);
        io.clientela.store.Db.update(f.c(), "INSERT INTO products (product_id, source, name, category) VALUES ('P1', 'shop', 'Oak chair', 'Furniture')");
        RuleSet set = RuleFile.parse("r.yaml", """
                recipients: {furniture-team: {email: f@x.example}, queue: {email: q@x.example}}
                routing: [account_owner, {product_line: {furniture: furniture-team}}, {fallback: queue}]
                rules:
                  - id: unhappy
                    on: feedback
                    when: item.sentiment < -0.5
                    actions: [alert: {title: "{customer.name} dislikes {item.product_id}"}]
                """);
        new RuleEngine(f.handle(), set, Fixture.CLOCK, null).evaluate(List.of(
                Trigger.stored("feedback", "review", 3L, Map.of("sentiment", -0.8, "product_id", "P1"), Fixture.NOW, "R1"),
                Trigger.stored("feedback", "review", 3L, Map.of("sentiment", -0.9), Fixture.NOW, "R2"),
                Trigger.stored("feedback", "review", 3L, Map.of("sentiment", -0.2, "product_id", "P1"), Fixture.NOW, "R3")));
        assertThat(io.clientela.store.Db.query(f.c(), "SELECT source_id, routed_to, routed_by FROM alerts ORDER BY alert_id"))
                .extracting(r -> r.get("source_id"), r -> r.get("routed_to"), r -> r.get("routed_by"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R1", "furniture-team", "product_line Furniture"),
                        org.assertj.core.groups.Tuple.tuple("R2", "queue", "fallback"));
    }

    @Test
    void second_return_within_30_days() {
        RuleEngine engine = engine("""
                  - id: second-return
                    on: order
                    when: item.type == "returned" and count(return, 30d) >= 2
                    actions: [tag: repeat-returner]
                """);
        f.order(1, "O1", 40, 50, "returned").order(1, "O2", 1, 80, "returned");
        assertThat(engine.evaluate(List.of(Trigger.stored("order", "returned", 1L, Map.of(), Fixture.NOW, "O2"))).fired()).isEmpty();
        f.order(1, "O3", 0, 20, "returned");
        assertThat(engine.evaluate(List.of(Trigger.stored("order", "returned", 1L, Map.of(), Fixture.NOW, "O3"))).fired()).hasSize(1);
        assertThat(f.count("SELECT count(*) FROM customer_tags WHERE customer_id = 1 AND tag = 'repeat-returner'")).isEqualTo(1);
    }

    @Test
    void the_loop_guard_stops_a_rule_reacting_to_the_events_its_own_actions_raise() {
        RuleEngine engine = engine("""
                  - id: case-for-everything
                    on: [event, feedback]
                    when: customer.region == "Europe"
                    actions: [case: low]
                  - id: tag-case
                    on: event
                    when: item.type == "case_opened"
                    actions: [tag: followed-up]
                """);
        Evaluation e = engine.evaluate(List.of(Trigger.stored("feedback", "nps", 1L, Map.of("nps", 8), Instant.parse("2026-11-01T11:00:00Z"), "F1")));
        assertThat(e.fired()).extracting(Firing::ruleId, Firing::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple("case-for-everything", 0), org.assertj.core.groups.Tuple.tuple("tag-case", 1));
        assertThat(e.loopStops()).containsExactly(
                "rule case-for-everything on case_opened raised by case-for-everything (its own chain)",
                "rule case-for-everything on customer_tagged raised by case-for-everything -> tag-case (its own chain)");
        assertThat(f.count("SELECT count(*) FROM cases")).isEqualTo(1);
        assertThat(f.count("SELECT loop_stopped FROM rule_stats WHERE rule_id = 'case-for-everything'")).isEqualTo(2);
    }
}
