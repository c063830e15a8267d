package io.clientela.bench;

import io.clientela.core.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clientela bench jmh}: the JMH microbenchmarks ({@link FitBenchmark}), with JMH's own report. */
@Command(name = "jmh", mixinStandardHelpOptions = true,
        description = "Run the JMH microbenchmarks of the lifetime-value fits on the CDNOW sample and print JMH's report.")
final class JmhBench implements Callable<Integer> {
    @Option(names = "--file", defaultValue = "../shared/data/cdnow/cdnow_customers_summary_with_transactions.csv",
            description = "The CDNOW summary with x, t_x, T and zbar (default ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--forks", defaultValue = "1", description = "JVM forks (default ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured iterations of 1 s per fork (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up iterations of 1 s per fork, not counted (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws RunnerException {
        if (!Files.exists(file)) {
            throw new UsageException(file + " does not exist; pass --file (the reference data is in ../shared/data/cdnow)");
        }
        if (forks < 0 || iterations < 1 || warmup < 0) {
            throw new UsageException("--forks and --warmup must be 0 or more, --iterations 1 or more");
        }
        Options options = new OptionsBuilder().include(FitBenchmark.class.getName()).param("file", file.toAbsolutePath().toString())
                .forks(forks).warmupIterations(warmup).warmupTime(TimeValue.seconds(1)).measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(1)).build();
        new Runner(options).run();
        return 0;
    }
}
