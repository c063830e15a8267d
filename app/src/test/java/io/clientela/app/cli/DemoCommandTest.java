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
    void rejects_an_impossible_company_as_a_usage_error() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("demo", "--no-serve", "--customers", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("customers must be between 1 and 5,000,000");
    }
}
