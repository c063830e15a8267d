package io.clientela.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every benchmark answers --help as 'clientela bench NAME' (the launcher's name for it), and a typo is a usage error. */
class BenchHelpTest {
    @TempDir
    Path tmp;

    @Test
    void every_benchmark_has_help_under_its_launcher_name() {
        CommandLine root = new CommandLine(new BenchCommand(Clock.systemUTC()));
        Bench bench = new Bench(tmp.resolve("ws"));
        assertThat(root.getSubcommands()).containsKeys("import", "show", "value", "fit", "alert", "rules", "api", "text", "sentiment-quality",
                "collector", "jmh");
        root.getSubcommands().keySet().forEach(name -> {
            Bench.Result r = bench.run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).contains("Usage: clientela bench " + name);
        });
    }

    @Test
    void an_unknown_benchmark_is_a_usage_error() {
        Bench.Result r = new Bench(tmp.resolve("ws")).run("colector");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("colector").contains("clientela bench --help");
    }
}
