package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From the raw CDNOW sample log, through import and aggregation, to the published model parameters. */
class AnalyzeClvTest {
    @TempDir
    Path tmp;

    @Test
    void reproduces_the_published_cdnow_parameters_from_the_transaction_log() throws Exception {
        Path log = tmp.resolve("CDNOW_sample.txt");
        try (InputStream in = AnalyzeClvTest.class.getResourceAsStream("CDNOW_sample.txt")) {
            Files.copy(in, log);
        }
        Path mapping = Path.of("").toAbsolutePath().getParent().resolve("examples/mappings/cdnow-sample.yaml");
        Cli cli = new Cli(tmp.resolve("ws"));
        assertThat(cli.run("import", "--mapping", mapping.toString(), log.toString()).code()).isZero();

        Cli.Result r = cli.run("analyze", "clv", "--calibration-end", "1997-09-30", "--period", "week", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode fit = Output.JSON.readTree(r.out());
        assertThat(fit.at("/customers").asLong()).isEqualTo(2_357);
        assertThat(fit.at("/repeat_buyers").asLong()).isEqualTo(946);
        assertThat(fit.at("/bgnbd/r").asDouble()).isCloseTo(0.243, within(0.0005));
        assertThat(fit.at("/bgnbd/alpha").asDouble()).isCloseTo(4.414, within(0.005));
        assertThat(fit.at("/bgnbd/a").asDouble()).isCloseTo(0.793, within(0.0005));
        assertThat(fit.at("/bgnbd/b").asDouble()).isCloseTo(2.426, within(0.005));
        assertThat(fit.at("/bgnbd/log_likelihood").asDouble()).isCloseTo(-9582.4, within(0.05));
        assertThat(fit.at("/gamma_gamma/p").asDouble()).isCloseTo(6.25, within(0.005));
        assertThat(fit.at("/gamma_gamma/q").asDouble()).isCloseTo(3.74, within(0.005));
        assertThat(fit.at("/gamma_gamma/gamma").asDouble()).isCloseTo(15.44, within(0.01));
        assertThat(fit.at("/pareto_nbd/r").asDouble()).isCloseTo(0.553, within(0.0005));
        assertThat(fit.at("/pareto_nbd/alpha").asDouble()).isCloseTo(10.58, within(0.005));
        assertThat(fit.at("/pareto_nbd/s").asDouble()).isCloseTo(0.606, within(0.0005));
        assertThat(fit.at("/pareto_nbd/beta").asDouble()).isCloseTo(11.66, within(0.01));
    }

    @Test
    void a_workspace_without_orders_is_a_clear_error() {
        io.clientela.app.App.open(tmp.resolve("empty"), "test", Cli.CLOCK).close(); // an empty workspace, not a missing one
        Cli.Result r = new Cli(tmp.resolve("empty")).run("analyze", "clv", "--calibration-end", "1997-09-30");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the workspace has no orders of identified customers");
    }

    @Test
    void checks_the_calibration_fit_against_the_holdout_and_scores_everyone_with_a_refit() throws Exception {
        Path log = tmp.resolve("CDNOW_sample.txt");
        try (InputStream in = AnalyzeClvTest.class.getResourceAsStream("CDNOW_sample.txt")) {
            Files.copy(in, log);
        }
        Path mapping = Path.of("").toAbsolutePath().getParent().resolve("examples/mappings/cdnow-sample.yaml");
        Cli cli = new Cli(tmp.resolve("ws"));
        assertThat(cli.run("import", "--mapping", mapping.toString(), log.toString()).code()).isZero();

        // Independently of the store: purchase days per customer in the calibration period and after it.
        Map<String, java.util.TreeSet<String>> days = new java.util.HashMap<>();
        for (String line : Files.readAllLines(log)) {
            String[] f = line.trim().split("\\s+");
            days.computeIfAbsent(f[1], k -> new java.util.TreeSet<>()).add(f[2]);
        }
        long[] actualByBin = new long[8];
        long[] customersByBin = new long[8];
        for (java.util.TreeSet<String> d : days.values()) {
            int x = d.headSet("19970930", true).size() - 1;
            customersByBin[Math.min(7, x)]++;
            actualByBin[Math.min(7, x)] += d.tailSet("19970930", false).size();
        }

        Cli.Result r = cli.run("analyze", "value", "--calibration-end", "1997-09-30", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode clv = Output.JSON.readTree(r.out()).get("clv");
        assertThat(clv.at("/bgnbd/r").asDouble()).isCloseTo(0.243, within(0.0005));
        assertThat(clv.at("/gamma_gamma/q").asDouble()).isCloseTo(3.74, within(0.005));
        JsonNode bins = clv.at("/holdout/by_calibration_frequency");
        for (int b = 0; b < 8; b++) {
            JsonNode bin = bins.get(b);
            assertThat(bin.get("customers").asLong()).as("customers with x = %d", b).isEqualTo(customersByBin[b]);
            assertThat(bin.get("actual_mean").asDouble() * customersByBin[b]).as("holdout purchases, x = %d", b).isCloseTo(actualByBin[b], within(0.01));
            assertThat(bin.get("expected_mean").asDouble()).as("expected, x = %d", b).isBetween(0.5 * bin.get("actual_mean").asDouble(),
                    1.5 * bin.get("actual_mean").asDouble() + 0.1);
        }
        // cumulative repeat purchases over the 78 weeks: 2,457 by the calibration end (the sum of x in the published summary)
        JsonNode weekly = clv.at("/holdout/weekly");
        assertThat(weekly).hasSize(78);
        assertThat(weekly.get(38).get("to").asText()).isEqualTo("1997-09-30");
        assertThat(weekly.get(38).get("actual_cumulative").asLong()).isEqualTo(2_457);
        assertThat(weekly.get(77).get("actual_cumulative").asLong()).isEqualTo(2_457 + clv.at("/holdout/actual_purchases").asLong());
        assertThat(weekly.get(77).get("expected_cumulative").asDouble()).isCloseTo(weekly.get(77).get("actual_cumulative").asDouble(),
                org.assertj.core.data.Percentage.withPercentage(5));
        // the scoring refit uses all 78 weeks, so it differs from the calibration fit, and everyone is scored
        assertThat(clv.at("/scoring/fitted_to").asText()).isEqualTo("1998-06-30");
        assertThat(clv.at("/scoring/bgnbd/r").asDouble()).isNotCloseTo(0.243, within(0.001));
        assertThat(clv.at("/scoring/distribution/count").asLong()).isEqualTo(2_357);
        JsonNode one = Output.JSON.readTree(cli.run("customer", "show", "1", "--json").out()).get("value");
        assertThat(one.get("p_alive").asDouble()).isBetween(0.0, 1.0);
        assertThat(one.get("clv").asDouble()).isPositive();
    }
}
