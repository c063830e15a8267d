package io.clientela.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench jmh}, small: the three fits run under JMH on the CDNOW sample, and a missing file is a usage error. */
class JmhBenchTest {
    private static final Path CDNOW = Path.of(System.getProperty("clientela.shared.data", "../../shared/data"), "cdnow",
            "cdnow_customers_summary_with_transactions.csv");

    @TempDir
    Path tmp;

    @Test
    void the_three_fits_run_under_jmh() {
        Assumptions.assumeTrue(Files.exists(CDNOW), "the CDNOW reference data is not in ../shared/data; skipped");
        java.io.PrintStream before = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true));
        Bench.Result r;
        try {
            r = new Bench(tmp.resolve("ws")).run("jmh", "--file", CDNOW.toString(), "--forks", "0", "--warmup", "0", "--iterations", "1");
        } finally {
            System.setOut(before);
        }

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(printed.toString()).contains("FitBenchmark.bgnbd").contains("FitBenchmark.paretoNbd").contains("FitBenchmark.gammaGamma");
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        Bench.Result r = new Bench(tmp.resolve("ws")).run("jmh", "--file", tmp.resolve("nope.csv").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("does not exist");
    }
}
