package io.clientela.action.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.action.Fixture;
import io.clientela.action.cases.Cases;
import io.clientela.store.Db;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyWarningTest {
    @TempDir
    Path tmp;
    Fixture f;

    @BeforeEach
    void open() {
        f = new Fixture(tmp).customer(1, "Ann Smith", "Europe", null).customer(2, "Bob Jones", "Europe", null).customer(3, "Cleo Park", "Europe", null);
        f.latestValues("(1, 'At risk', 'A', 'Stars', 0.6, 900.0, 3000.0, 20, 60), (2, 'Champions', 'A', 'Stars', 0.9, 900.0, 3000.0, 20, 5), "
                + "(3, 'Hibernating', 'C', 'Dogs', 0.2, 10.0, 100.0, 2, 80)");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private RuleEngine engine(String rules, Clock clock) {
        return new RuleEngine(f.handle(), RuleFile.parse("r.yaml", "routing: [{fallback: queue}]\nrecipients: {queue: {email: q@x.example}}\nrules:\n" + rules),
                clock, null);
    }

    @Test
    void a_scheduled_rule_goes_through_every_customer_a_page_at_a_time() {
        for (int i = 4; i <= 25; i++) {
            f.customer(i, "Customer " + i, i % 2 == 0 ? "Europe" : "Asia", null);
        }
        Evaluation e = engine("""
                  - id: asia
                    schedule: customers
                    when: customer.region == "Asia"
                    actions:
                      - tag: asia
                """, Fixture.CLOCK).pageSize(2).runScheduled(true);

        assertThat(e.evaluated()).isEqualTo(25);
        assertThat(e.fired()).extracting(Firing::subject).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(4, 25)
                .filter(i -> i % 2 == 1).mapToObj(String::valueOf).toList());
    }

    @Test
    void an_a_class_customer_whose_revenue_halved_quarter_on_quarter_gets_a_warning_with_a_recommended_action() {
        // Ann: 1000 in the quarter before, 400 in the last one (-60 %); Bob: steady; Cleo: halved but class C
        f.order(1, "A1", 150, 600, "completed").order(1, "A2", 120, 400, "completed").order(1, "A3", 30, 400, "completed")
                .order(1, "A4", 10, 999, "cancelled");
        f.order(2, "B1", 150, 500, "completed").order(2, "B2", 30, 500, "completed");
        f.order(3, "C1", 150, 100, "completed").order(3, "C2", 30, 10, "completed");
        RuleEngine engine = engine("""
                  - id: a-class-revenue-down
                    schedule: customers
                    when: customer.abc_class == "A" and revenue(90d, 90d) > 0 and revenue(90d) <= 50% * revenue(90d, 90d)
                    actions:
                      - alert: {priority: high, title: "{customer.name}: revenue down {100 - 100 * revenue(90d) / revenue(90d, 90d)} %", recommend: Call within 48 h}
                      - case: high
                """, Fixture.CLOCK);
        Evaluation e = engine.runScheduled(false);
        assertThat(e.evaluated()).isEqualTo(3);
        assertThat(e.fired()).extracting(Firing::subject).containsExactly("1");
        assertThat(Db.query(f.c(), "SELECT title, recommendation, routed_to, source_kind FROM alerts").get(0)).containsEntry("title",
                "Ann Smith: revenue down 60 %").containsEntry("recommendation", "Call within 48 h").containsEntry("routed_to", "queue")
                .containsEntry("source_kind", "schedule");
        assertThat(engine.runScheduled(false).evaluated()).as("not due again within a day").isZero();
        assertThat(engine.runScheduled(true).fired()).as("forced, and without a cooldown it fires again").hasSize(1);
    }

    @Test
    void add_to_cart_without_order_jumping_for_a_product_is_an_early_warning() {
        Db.update(f.c(), "INSERT INTO products (product_id, source, name, category) VALUES ('P1', 'shop', 'Oak chair', 'furniture'), "
                + "('P2', 'shop', 'Lamp', 'lighting')");
        for (int i = 0; i < 12; i++) {
            cart("P1", 1 + i % 3, 1 + i * 0.4);
        }
        cart("P1", 1, 9);
        cart("P1", 2, 10);
        cart("P2", 1, 2);
        cart("P2", 2, 3);
        // an add-to-cart followed by an order of the product is not abandoned
        cart("P2", 3, 1.5);
        f.order(3, "O1", 1.2, 20, "completed");
        Db.update(f.c(), "INSERT INTO order_lines VALUES ('shop', 'O1', 1, 'P2', 1, 20, 20, 0, 'completed', NULL, NULL)");
        RuleEngine engine = engine("""
                  - id: cart-jump
                    schedule: products
                    when: abandoned_carts(7d) >= 10 and abandoned_carts(7d) >= 2 * abandoned_carts(7d, 7d)
                    actions:
                      - alert: {title: "Add-to-cart without order jumped for {product.name}: {abandoned_carts(7d)} vs {abandoned_carts(7d, 7d)}", recommend: Check price and stock}
                """, Fixture.CLOCK);
        Evaluation e = engine.runScheduled(true);
        assertThat(e.fired()).extracting(Firing::subject).containsExactly("P1");
        assertThat(Db.queryString(f.c(), "SELECT title FROM alerts")).isEqualTo("Add-to-cart without order jumped for Oak chair: 12 vs 2");
    }

    private void cart(String product, long customer, double daysAgo) {
        Db.update(f.c(), "INSERT INTO events (source, event_id, customer_key, customer_id, type, occurred_at, product_id) VALUES "
                + "('web', ?, ?, ?, 'add_to_cart', ?, ?)", product + customer + daysAgo, String.valueOf(customer), customer, Fixture.daysAgo(daysAgo), product);
    }

    @Test
    void a_scheduled_run_escalates_overdue_cases_to_the_fallback_queue() {
        Cases cases = new Cases(f.handle(), io.clientela.action.cases.Sla.DEFAULT);
        long id = cases.open(new Cases.NewCase(1L, "1", "Detractor", "urgent", "anna", "r", null, "feedback", "survey", "F1"), Fixture.daysAgo(1));
        Evaluation e = engine("", Clock.fixed(Fixture.NOW, ZoneOffset.UTC)).runScheduled(false);
        assertThat(e.fired()).singleElement().satisfies(fi -> {
            assertThat(fi.ruleId()).isEqualTo("escalation");
            assertThat(fi.caseId()).isEqualTo(id);
        });
        assertThat(Db.query(f.c(), "SELECT routed_to, title, case_id FROM alerts").get(0)).containsEntry("routed_to", "queue")
                .containsEntry("title", "Case " + id + " is overdue (escalation 1): Detractor").containsEntry("case_id", id);
        assertThat(Db.queryString(f.c(), "SELECT last_error FROM deliveries")).as("not configured: visible").isEqualTo("e-mail is not configured; set delivery: smtp: (or outbox: true) in r.yaml");
    }
}
