package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench machine}: its counts hang together, and its usage errors (its figures are for docs/benchmarks.md). */
class MachineBenchTest {
    @TempDir
    Path tmp;

    @Test
    void each_thread_reports_its_copies_and_the_slow_ones_among_them() throws Exception {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("--json", "bench", "machine", "--seconds", "1", "--threads", "2");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Output.JSON.readTree(r.out());
        assertThat(j.get("threads").asInt()).isEqualTo(2);
        assertThat(j.get("per_thread")).hasSize(2);
        for (JsonNode t : j.get("per_thread")) {
            // an 8 MB copy takes milliseconds: a second holds dozens at least
            assertThat(t.get("copies").asInt()).isGreaterThan(20);
            assertThat(t.get("median_ms").asDouble()).isPositive();
            assertThat(t.get("slow_copies").asInt()).isLessThanOrEqualTo(t.get("copies").asInt()).isGreaterThanOrEqualTo(t.get("spells").asInt());
        }
        assertThat(j.get("spells_seen_by_every_thread").asInt()).isLessThanOrEqualTo(j.at("/per_thread/0/spells").asInt());
    }

    @Test
    void the_text_names_every_thread() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("bench", "machine", "--seconds", "1", "--threads", "2");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 threads copying 8 MB back to back for 1 s").contains("  thread 1: ").contains("  thread 2: ")
                .contains("spells every thread saw at about the same moment");
    }

    @Test
    void zero_seconds_is_a_usage_error() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("bench", "machine", "--seconds", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--seconds from 1 to 120");
    }
}
