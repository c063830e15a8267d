package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void loads_one_profile_per_demo_customer_and_quarantines_only_the_planted_bad_rows() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result r = cli.run("demo", "--no-serve", "--customers", "3000", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode demo = Output.JSON.readTree(r.out());
        assertThat(demo.at("/status/customers").asLong()).isEqualTo(3000);
        assertThat(demo.at("/status/merges").asLong()).isPositive();
        assertThat(demo.at("/status/quarantined_rows").asLong()).isEqualTo(demo.at("/deliberately_bad_rows").asLong());
        assertThat(demo.at("/planted_patterns")).hasSize(4);
        for (JsonNode i : demo.at("/imports")) {
            assertThat(i.get("rows_read").asLong()).isEqualTo(i.get("accepted").asLong() + i.get("unchanged").asLong() + i.get("quarantined").asLong());
        }

        JsonNode again = Output.JSON.readTree(cli.run("demo", "--no-serve", "--customers", "3000", "--json").out());
        for (JsonNode i : again.at("/imports")) {
            assertThat(i.get("status").asText()).isEqualTo("already imported");
        }
        assertThat(again.at("/status/customers").asLong()).isEqualTo(3000);

        JsonNode customer = Output.JSON.readTree(cli.run("customer", "show", "S0000001", "--json").out());
        assertThat(customer.at("/figures/orders").asLong()).isPositive();
        assertThat(customer.at("/timeline")).isNotEmpty();
    }

    @Test
    void runs_the_value_analyses_and_they_find_the_planted_fall_in_satisfaction_of_valuable_customers() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        JsonNode demo = Output.JSON.readTree(cli.run("demo", "--no-serve", "--customers", "3000", "--json").out());
        JsonNode value = demo.get("value_run");
        assertThat(value.at("/clv/scored").asBoolean()).isTrue();
        assertThat(value.at("/rfm/segments").size()).isGreaterThanOrEqualTo(8);
        assertThat(value.at("/currency").asText()).isEqualTo("USD");

        // planted: the top spenders in DE and GB lose satisfaction in the last six months
        String csv = cli.run("analyze", "run", value.get("run_id").asText(), "--csv").out();
        double[] sum = new double[2];
        int[] n = new int[2];
        int[] atRisk = new int[2];
        String[] lines = csv.split("\\R");
        java.util.List<String> header = java.util.List.of(lines[0].split(","));
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            String satisfaction = f[header.indexOf("satisfaction")];
            if (!f[header.indexOf("abc_class")].equals("A") || satisfaction.isEmpty()) {
                continue;
            }
            String country = f[header.indexOf("country")];
            int g = country.equals("DE") || country.equals("GB") ? 0 : 1;
            sum[g] += Double.parseDouble(satisfaction);
            n[g]++;
            atRisk[g] += f[header.indexOf("quadrant")].equals("at-risk") ? 1 : 0;
        }
        assertThat(n[0]).isGreaterThan(100);
        assertThat(sum[0] / n[0]).as("mean satisfaction of A customers in DE and GB").isLessThan(sum[1] / n[1] - 3);
        assertThat(atRisk[0] / (double) n[0]).as("share at risk in DE and GB").isGreaterThan(atRisk[1] / (double) n[1]);

        // the voice analysis reads the segments of that run: KPIs and frequent terms by RFM segment
        Cli.Result voice = cli.run("analyze", "voice", "--json", "--no-store");
        assertThat(voice.code()).as(voice.err()).isZero();
        JsonNode v = Output.JSON.readTree(voice.out());
        assertThat(v.at("/terms_by_segment/champions/responses").asInt()).isPositive();
        assertThat(v.at("/terms_by_segment/champions/top_terms")).isNotEmpty();
        java.util.List<String> groups = new java.util.ArrayList<>();
        v.at("/kpis/nps/by_segment").forEach(g -> groups.add(g.get("group").asText()));
        assertThat(groups).contains("champions", "at risk", "lost");
    }

    @Test
    void runs_the_voice_analysis_too_so_the_voice_page_has_data() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        JsonNode demo = Output.JSON.readTree(cli.run("demo", "--no-serve", "--customers", "1000", "--json").out());
        JsonNode voice = demo.get("voice_run");
        assertThat(voice.get("run_id").asLong()).isEqualTo(1);
        assertThat(voice.get("with_text").asLong()).isPositive().isLessThan(voice.get("responses").asLong());
        assertThat(voice.get("languages").fieldNames()).toIterable().contains("en", "es", "zh", "hu");
        assertThat(voice.at("/kpis/nps/n").asLong()).isPositive();
        String text = cli.run("demo", "--no-serve", "--customers", "1000").out();
        assertThat(text).contains("Voice of the customer (run 2)").contains("./clientela analyze voice");
    }

    @Test
    void rejects_an_impossible_company_as_a_usage_error() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("demo", "--no-serve", "--customers", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("customers must be between 1 and 5,000,000");
    }
}
