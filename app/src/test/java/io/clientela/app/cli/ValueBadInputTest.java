package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every awkward input of the value analyses gets a clear message or a documented treatment (docs/value.md). */
class ValueBadInputTest {
    @TempDir
    Path tmp;

    private Cli shop(String csv) throws IOException {
        Cli cli = new Cli(tmp.resolve("ws"));
        Path m = Files.writeString(tmp.resolve("orders.yaml"), AnalyzeValueTest.ORDERS_MAPPING.replace("currency: {constant: USD}", "currency: currency"));
        Path f = Files.writeString(tmp.resolve("orders.csv"), "order_id,customer,at,status,total,currency\n" + csv);
        Cli.Result r = cli.run("import", "--mapping", m.toString(), f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return cli;
    }

    private static final String THREE = """
            o1,c1,2026-01-10 10:00:00,completed,100,USD
            o2,c1,2026-03-10 10:00:00,completed,100,USD
            o3,c2,2026-06-01 10:00:00,completed,50,USD
            """;

    @Test
    void a_workspace_without_orders_is_a_clear_error() {
        io.clientela.app.App.open(tmp.resolve("empty"), "test", Cli.CLOCK).close(); // an empty workspace, not a missing one
        Cli.Result r = new Cli(tmp.resolve("empty")).run("analyze", "value");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the workspace has no orders of identified customers; import orders first");
    }

    @Test
    void an_as_of_date_before_all_data_is_refused() throws IOException {
        Cli.Result r = shop(THREE).run("analyze", "value", "--as-of", "2025-01-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the as-of date 2025-01-01 is before the first order (2026-01-10)");
    }

    @Test
    void an_as_of_date_after_all_data_counts_recency_from_it_and_says_so() throws IOException {
        Cli cli = shop(THREE);
        Cli.Result r = cli.run("analyze", "rfm", "--as-of", "2026-07-01", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode run = Output.JSON.readTree(r.out());
        assertThat(run.get("notes").toString()).contains("the as-of date is 30 days after the last order (2026-06-01)");
        assertThat(Output.JSON.readTree(cli.run("customer", "show", "c2", "--json").out()).at("/value/recency_days").asInt()).isEqualTo(30);
    }

    @Test
    void a_calibration_end_before_all_data_or_after_the_as_of_date_is_refused() throws IOException {
        Cli cli = shop(THREE);
        Cli.Result before = cli.run("analyze", "clv", "--calibration-end", "2025-12-31");
        assertThat(before.code()).isEqualTo(2);
        assertThat(before.err()).contains("the calibration end 2025-12-31 is before the first order (2026-01-10)");
        Cli.Result after = cli.run("analyze", "clv", "--calibration-end", "2026-07-01", "--as-of", "2026-06-30");
        assertThat(after.code()).isEqualTo(2);
        assertThat(after.err()).contains("the calibration end (2026-07-01) is after the as-of date (2026-06-30)");
    }

    @Test
    void purchases_all_on_one_day_give_rfm_but_no_lifetime_values_and_say_why() throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            csv.append("o").append(i).append(",c").append(i).append(",2026-05-05 10:00:00,completed,").append(10 + i).append(",USD\n");
        }
        Cli.Result r = shop(csv.toString()).run("analyze", "value", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode run = Output.JSON.readTree(r.out());
        assertThat(run.at("/rfm/segments").size()).isPositive();
        assertThat(run.at("/clv/scored").asBoolean()).isFalse();
        assertThat(run.at("/clv/reason").asText()).startsWith("lifetime values were not computed:");
        assertThat(run.at("/clv/bgnbd/error").asText()).isNotBlank();
    }

    @Test
    void future_dated_orders_are_quarantined_on_import_and_left_out_when_the_rule_is_relaxed() throws IOException {
        Cli cli = shop(THREE + "o4,c2,2027-03-01 10:00:00,completed,70,USD\n");
        JsonNode q = Output.JSON.readTree(cli.run("quarantine", "--json").out());
        assertThat(q.toString()).contains("ordered_at").contains("2027-03-01");

        Files.writeString(tmp.resolve("ws/clientela.yaml"), "rules:\n  orders:\n    ordered_at: {not_in_future: false}\n");
        Path m = tmp.resolve("orders.yaml");
        Path f = Files.writeString(tmp.resolve("later.csv"), "order_id,customer,at,status,total,currency\no5,c2,2027-03-01 10:00:00,completed,70,USD\n");
        assertThat(cli.run("import", "--mapping", m.toString(), f.toString()).code()).isZero();
        JsonNode run = Output.JSON.readTree(cli.run("analyze", "value", "--json").out());
        // the last order is in the future, so the as-of date stops at today (the test clock's 2026-11-01)
        assertThat(run.get("as_of").asText()).isEqualTo("2026-11-01");
        assertThat(run.get("notes").toString()).contains("1 orders dated after the as-of date 2026-11-01 were left out (1 of them are dated in the future)");
    }

    @Test
    void orders_in_several_currencies_need_exchange_rates() throws IOException {
        Cli cli = shop(THREE + "o4,c3,2026-04-01 10:00:00,completed,9000,HUF\n");
        Cli.Result r = cli.run("analyze", "value");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("orders are in 2 currencies (USD, HUF); set currency.base and currency.rates in clientela.yaml");

        Files.writeString(tmp.resolve("ws/clientela.yaml"), "currency:\n  base: USD\n  rates: {HUF: 360}\n");
        Cli.Result converted = cli.run("analyze", "value", "--json");
        assertThat(converted.code()).as(converted.err()).isZero();
        assertThat(Output.JSON.readTree(cli.run("customer", "show", "c3", "--json").out()).at("/value/revenue").asDouble()).isEqualTo(25.0);
    }

    @Test
    void abc_by_margin_without_product_costs_fails_and_stores_nothing() throws IOException {
        Cli cli = shop(THREE);
        Cli.Result r = cli.run("analyze", "abc", "--abc-by", "margin");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("ABC classes by margin need product costs");
        assertThat(Output.JSON.readTree(cli.run("analyze", "runs", "--json").out())).isEmpty();
    }

    @Test
    void bad_settings_name_the_setting_and_change_nothing() throws IOException {
        Cli cli = shop(THREE);
        assertThat(cli.run("analyze", "value", "--model", "magic").err()).contains("model must be bgnbd or pareto_nbd, not 'magic'");
        assertThat(cli.run("analyze", "value", "--period", "year").err()).contains("period must be day, week or month, not 'year'");
        assertThat(cli.run("analyze", "value", "--margin", "1.5").err()).contains("the margin is a share of revenue between 0 and 1, found 1.5");
        Files.writeString(tmp.resolve("ws/clientela.yaml"), "value:\n  abc: {a: 0.9, b: 0.8}\n");
        Cli.Result r = cli.run("analyze", "value");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("clientela.yaml").contains("ABC cut-offs need 0 < A < B <= 1");
        Files.writeString(tmp.resolve("ws/clientela.yaml"), "value:\n  rfm_segments:\n    - {segment: best, r: \"6\"}\n");
        assertThat(cli.run("analyze", "value").err()).contains("a score range lies within 1-5");
        Files.delete(tmp.resolve("ws/clientela.yaml"));
        assertThat(Output.JSON.readTree(cli.run("analyze", "runs", "--json").out())).isEmpty();
    }

    @Test
    void an_unknown_run_is_a_clear_error() throws IOException {
        Cli.Result r = shop(THREE).run("analyze", "run", "99");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("there is no analysis run 99; 'clientela analyze runs --workspace ");
    }
}
