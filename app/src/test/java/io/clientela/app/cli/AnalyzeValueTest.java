package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value pipeline end to end on a small shop whose every figure is worked out by hand in the
 * comments: seven customers, with a cancelled order, a zero-value order, a credit note, two orders
 * on one day and a customer who never bought.
 */
class AnalyzeValueTest {
    static final String ORDERS_MAPPING = """
            name: test-orders
            source: shop
            entity: orders
            fields:
              order_id: order_id
              customer_id: customer
              ordered_at: at
              status: status
              total_amount: total
              currency: {constant: USD}
            """;
    static final String FEEDBACK_MAPPING = """
            name: test-feedback
            source: shop       # the shop's own survey: same customer ids
            entity: feedback
            fields:
              feedback_id: id
              customer_id: customer
              responded_at: at
              nps: nps
              csat: csat
            """;

    @TempDir
    Path tmp;
    Cli cli;

    @BeforeEach
    void shop() throws IOException {
        cli = new Cli(tmp.resolve("ws"));
        importFile("orders", ORDERS_MAPPING, """
                order_id,customer,at,status,total
                o1,c1,2026-01-10 10:00:00,completed,100
                o2,c1,2026-03-10 10:00:00,completed,100
                o3,c1,2026-06-10 10:00:00,completed,100
                o4,c2,2026-06-01 10:00:00,completed,1000
                o5,c3,2026-02-02 09:00:00,completed,50
                o6,c3,2026-02-02 17:00:00,completed,50
                o7,c4,2026-01-05 10:00:00,completed,200
                o8,c4,2026-02-05 10:00:00,cancelled,200
                o9,c5,2026-04-04 10:00:00,completed,0
                o10,c6,2026-05-05 10:00:00,completed,80
                o11,c6,2026-05-20 10:00:00,completed,-80
                o12,c7,2026-03-03 10:00:00,cancelled,70
                """);
        importFile("feedback", FEEDBACK_MAPPING, """
                id,customer,at,nps,csat
                f1,c1,2026-06-10 12:00:00,10,
                f2,c1,2025-12-12 12:00:00,0,
                f3,c2,2026-06-05 12:00:00,3,
                f4,c3,2026-06-01 12:00:00,,5
                f5,c5,2026-05-01 12:00:00,6,
                """);
    }

    private void importFile(String name, String mapping, String csv) throws IOException {
        Path m = Files.writeString(tmp.resolve(name + ".yaml"), mapping);
        Path f = Files.writeString(tmp.resolve(name + ".csv"), csv);
        Cli.Result r = cli.run("import", "--mapping", m.toString(), f.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private JsonNode value(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("analyze", "value", "--json"));
        all.addAll(List.of(args));
        Cli.Result r = cli.run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return Output.JSON.readTree(r.out());
    }

    private JsonNode customer(String id) throws IOException {
        Cli.Result r = cli.run("customer", "show", id, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return Output.JSON.readTree(r.out()).get("value");
    }

    @Test
    void takes_the_last_order_day_as_the_as_of_date_and_leaves_out_customers_who_never_bought() throws IOException {
        JsonNode run = value();
        assertThat(run.get("as_of").asText()).isEqualTo("2026-06-10");
        assertThat(run.get("data_from").asText()).isEqualTo("2026-01-05");
        assertThat(run.get("customers").asInt()).isEqualTo(6);
    }

    @Test
    void scores_rfm_in_quintiles_and_names_the_segments() throws IOException {
        JsonNode run = value();
        // recency 0, 9, 36, 67, 128, 156 days -> R 5, 4, 3, 2, 1, 1; only c1 bought on more than one day.
        JsonNode c1 = customer("c1");
        assertThat(c1.get("recency_days").asInt()).isZero();
        assertThat(List.of(c1.get("r_score").asInt(), c1.get("f_score").asInt(), c1.get("m_score").asInt())).containsExactly(5, 5, 4);
        assertThat(c1.get("rfm_segment").asText()).isEqualTo("champions");
        JsonNode c3 = customer("c3");
        assertThat(c3.get("orders").asInt()).isEqualTo(2);
        assertThat(List.of(c3.get("r_score").asInt(), c3.get("f_score").asInt(), c3.get("m_score").asInt())).containsExactly(1, 1, 2);
        assertThat(customer("c2").get("rfm_segment").asText()).isEqualTo("potential loyalists");
        assertThat(customer("c6").get("rfm_segment").asText()).isEqualTo("about to sleep");
        assertThat(run.at("/rfm/segments/hibernating").asInt()).isEqualTo(3);
    }

    @Test
    void counts_net_revenue_after_cancellations_and_credit_notes() throws IOException {
        value();
        assertThat(customer("c4").get("revenue").asDouble()).isEqualTo(200);
        assertThat(customer("c6").get("revenue").asDouble()).isZero();
        assertThat(customer("c5").get("revenue").asDouble()).isZero();
    }

    @Test
    void classes_customers_a_b_c_by_their_share_of_revenue() throws IOException {
        JsonNode run = value();
        // 1000 + 300 make the first 80 % of 1600 (the one crossing the line is still A); 200 and 100 the next 15 %.
        assertThat(customer("c2").get("abc_class").asText()).isEqualTo("A");
        assertThat(customer("c1").get("abc_class").asText()).isEqualTo("A");
        assertThat(customer("c4").get("abc_class").asText()).isEqualTo("B");
        assertThat(customer("c3").get("abc_class").asText()).isEqualTo("B");
        assertThat(customer("c5").get("abc_class").asText()).isEqualTo("C");
        assertThat(run.at("/abc/classes/A/value_share").asDouble()).isCloseTo(1300 / 1600.0, within(1e-4));
        JsonNode curve = run.at("/abc/pareto_curve");
        assertThat(curve.get(curve.size() - 1).get(0).asDouble()).isEqualTo(1.0);
        assertThat(curve.get(curve.size() - 1).get(1).asDouble()).isEqualTo(1.0);
    }

    @Test
    void cut_offs_come_from_the_workspace_configuration() throws IOException {
        Files.writeString(tmp.resolve("ws/clientela.yaml"), "value:\n  abc: {a: 0.5, b: 0.7}\n");
        value();
        assertThat(customer("c2").get("abc_class").asText()).isEqualTo("A");
        assertThat(customer("c1").get("abc_class").asText()).isEqualTo("B");
        assertThat(customer("c4").get("abc_class").asText()).isEqualTo("C");
    }

    @Test
    void places_customers_in_the_satisfaction_revenue_quadrant_and_keeps_those_without_feedback_apart() throws IOException {
        JsonNode run = value();
        // c1: NPS 10 today and 0 half a year ago: (100 × 1 + 0 × 0.5) / 1.5.
        assertThat(customer("c1").get("satisfaction").asDouble()).isCloseTo(200 / 3.0, within(1e-6));
        // medians: satisfaction of (30, 60, 66.7, 100) = 63.3; revenue of (0, 0, 100, 200, 300, 1000) = 150
        assertThat(run.at("/quadrant/revenue_threshold").asDouble()).isEqualTo(150);
        assertThat(run.at("/quadrant/satisfaction_threshold").asDouble()).isCloseTo(63.3333, within(1e-3));
        assertThat(customer("c1").get("quadrant").asText()).isEqualTo("model");
        assertThat(customer("c2").get("quadrant").asText()).isEqualTo("at-risk");
        assertThat(customer("c3").get("quadrant").asText()).isEqualTo("growing");
        assertThat(customer("c5").get("quadrant").asText()).isEqualTo("precarious");
        assertThat(customer("c4").get("quadrant").asText()).isEqualTo("no feedback");
        assertThat(run.at("/quadrant/sizes/no feedback").asInt()).isEqualTo(2);
    }

    @Test
    void says_plainly_why_lifetime_values_were_not_computed_when_too_few_customers_came_back() throws IOException {
        JsonNode run = value();
        assertThat(run.at("/clv/scored").asBoolean()).isFalse();
        assertThat(run.at("/clv/reason").asText()).contains("lifetime values were not computed").contains("repeat");
        assertThat(customer("c1").get("clv").isNull()).isTrue();
    }

    @Test
    void follows_each_first_purchase_month_as_a_cohort() throws IOException {
        JsonNode run = value();
        JsonNode january = null;
        for (JsonNode cell : run.get("cohorts")) {
            if (cell.get("cohort").asText().equals("2026-01") && cell.get("months_since").asInt() == 2) {
                january = cell;
            }
        }
        assertThat(january).isNotNull();
        // c1 and c4 started in January; only c1 bought in March.
        assertThat(january.get("cohort_size").asInt()).isEqualTo(2);
        assertThat(january.get("retention").asDouble()).isEqualTo(0.5);
    }

    @Test
    void rolls_every_customer_figure_up_to_the_company_total() throws IOException {
        JsonNode total = value().at("/rollups/total/0");
        assertThat(total.get("customers").asInt()).isEqualTo(6);
        assertThat(total.get("revenue").asDouble()).isEqualTo(1600);
        assertThat(total.get("a_customers").asInt()).isEqualTo(2);
        assertThat(total.get("at_risk").asInt()).isEqualTo(1);
    }

    @Test
    void stores_each_run_with_its_provenance_and_reads_it_back() throws IOException {
        long first = value().get("run_id").asLong();
        Cli.Result rfm = cli.run("analyze", "rfm", "--as-of", "2026-06-30", "--json");
        assertThat(rfm.code()).as(rfm.err()).isZero();
        JsonNode runs = Output.JSON.readTree(cli.run("analyze", "runs", "--json").out());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("analyses").asText()).isEqualTo("rfm");
        assertThat(runs.get(1).get("run_id").asLong()).isEqualTo(first);

        JsonNode stored = Output.JSON.readTree(cli.run("analyze", "run", String.valueOf(first), "--json").out());
        assertThat(stored.get("analyses")).hasSize(5);
        assertThat(stored.at("/parameters/abc_cutoffs/a").asDouble()).isEqualTo(0.8);
        assertThat(stored.get("algorithm_version").asText()).contains("rfm-1").contains("abc-1").contains("bgnbd-2");
        assertThat(stored.at("/result/as_of").asText()).isEqualTo("2026-06-10");

        // the newer RFM run replaces the RFM figures on the profile; ABC still comes from the first run
        JsonNode c1 = customer("c1");
        assertThat(c1.get("recency_days").asInt()).isEqualTo(20);
        assertThat(c1.get("rfm_run").asLong()).isGreaterThan(first);
        assertThat(c1.get("abc_run").asLong()).isEqualTo(first);
    }

    @Test
    void exports_the_per_customer_results_as_csv() throws IOException {
        long run = value().get("run_id").asLong();
        Cli.Result csv = cli.run("analyze", "run", String.valueOf(run), "--csv");
        String[] lines = csv.out().split("\\R");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("customer_id,name,email,country,first_order").contains("rfm_segment", "abc_class", "quadrant", "clv");
        Cli.Result direct = cli.run("analyze", "abc", "--csv");
        assertThat(direct.out().split("\\R")).hasSize(7);
    }

    @Test
    void text_output_shows_every_section() {
        Cli.Result r = cli.run("analyze", "value");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("RFM segments", "ABC classes of customers by revenue", "Satisfaction × revenue quadrant", "Lifetime value",
                "Cohorts", "Company total");
    }

    @Test
    void shows_the_latest_values_in_the_customer_360() {
        cli.run("analyze", "value");
        Cli.Result r = cli.run("customer", "show", "c2");
        assertThat(r.out()).contains("Value (latest analysis runs)").contains("abc class").contains("at-risk");
    }

    @Test
    void reads_every_run_document_back_as_the_json_it_printed() throws IOException {
        JsonNode printed = value();
        JsonNode stored = Output.JSON.readTree(cli.run("analyze", "run", printed.get("run_id").asText(), "--json").out()).get("result");
        assertThat(stored).isEqualTo(printed);
        assertThat(Output.JSON.convertValue(stored, Map.class)).containsKeys("rfm", "abc", "product_abc", "quadrant", "clv", "cohorts", "rollups");
    }
}
