package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.app.Serving;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An analysis and a customer look-up on a served workspace: run inside the server, they print what they print without it. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AnalysisWhileServingTest {
    @TempDir
    Path tmp;

    @Test
    void analyze_value_and_customer_show_work_while_serving_with_the_same_output_as_without() throws Exception {
        Path ws = tmp.resolve("ws");
        Cli cli = new Cli(ws);
        assertThat(cli.run("demo", "--no-serve", "--customers", "400").code()).isZero();
        Cli.Result alone = cli.run("customer", "show", "S0000001", "--json");
        assertThat(alone.code()).as(alone.err()).isZero();

        Cli.Result served;
        Cli.Result analysed;
        try (App app = App.open(ws, "clientela serve", Cli.CLOCK);
                Serving serving = CommandLine.populateCommand(new ServeCommand.ServerOptions(), "--port", "0").start(app)) {
            served = cli.run("customer", "show", "S0000001", "--json");
            analysed = cli.run("analyze", "value", "--json");
        }

        assertThat(served.code()).as(served.err()).isZero();
        assertThat(served.out()).isEqualTo(alone.out());
        assertThat(analysed.code()).as(analysed.err()).isZero();
        JsonNode run = Output.JSON.readTree(analysed.out());
        long runId = run.path("run_id").asLong(run.path("id").asLong());
        assertThat(runId).isGreaterThan(1);
        assertThat(Output.JSON.readTree(cli.run("analyze", "runs", "--json").out()).get(0).get("run_id").asLong()).isEqualTo(runId);
    }
}
