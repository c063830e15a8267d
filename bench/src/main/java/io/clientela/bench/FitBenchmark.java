package io.clientela.bench;

import io.clientela.analytics.value.clv.BgNbd;
import io.clientela.analytics.value.clv.GammaGamma;
import io.clientela.analytics.value.clv.ParetoNbd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH microbenchmarks of the lifetime-value fits on the CDNOW calibration sample (2,357 customers,
 * Fader, Hardie and Lee 2005): BG/NBD, Pareto/NBD and Gamma-Gamma by maximum likelihood, each on
 * its sufficient statistics. Run with {@code clientela bench jmh}; the file is read from
 * {@code ../shared/data/cdnow} unless {@code -p file=...} names another.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FitBenchmark {
    /** The lifetimes package's CDNOW summary: ID, x, t_x, T, zbar. */
    @Param("../shared/data/cdnow/cdnow_customers_summary_with_transactions.csv")
    public String file;
    private double[] histories;
    private double[] spends;

    @Setup
    public void read() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(file));
        histories = new double[(lines.size() - 1) * 4];
        double[] s = new double[(lines.size() - 1) * 3];
        int h = 0;
        int k = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double x = Double.parseDouble(f[1]);
            histories[h++] = x;
            histories[h++] = Double.parseDouble(f[2]);
            histories[h++] = Double.parseDouble(f[3]);
            histories[h++] = 1;
            double zbar = Double.parseDouble(f[4]);
            if (x > 0 && zbar > 0) {
                s[k++] = x;
                s[k++] = zbar;
                s[k++] = 1;
            }
        }
        spends = java.util.Arrays.copyOf(s, k);
    }

    @Benchmark
    public Object bgnbd() {
        return BgNbd.fit(histories).parameters();
    }

    @Benchmark
    public Object paretoNbd() {
        return ParetoNbd.fit(histories).parameters();
    }

    @Benchmark
    public Object gammaGamma() {
        return GammaGamma.fit(spends).parameters();
    }
}
