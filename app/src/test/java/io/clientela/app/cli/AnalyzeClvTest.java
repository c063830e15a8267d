package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Cli.Result r = new Cli(tmp.resolve("empty")).run("analyze", "clv", "--calibration-end", "1997-09-30");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the workspace has no orders of identified customers");
    }
}
