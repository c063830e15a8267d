package io.clientela.bench;

import io.clientela.analytics.value.clv.BgNbd;
import io.clientela.analytics.value.clv.GammaGamma;
import io.clientela.analytics.value.clv.ParetoNbd;
import io.clientela.app.App;
import io.clientela.app.cli.Output;
import io.clientela.core.UsageException;
import io.clientela.core.value.CustomerInputs;
import io.clientela.core.value.ValueWindow;
import io.clientela.ingest.ImportListener;
import io.clientela.ingest.MappingReader;
import io.clientela.service.value.ValueAnalysis;
import io.clientela.service.value.ValueRequest;
import io.clientela.store.Db;
import io.clientela.store.value.Currency;
import io.clientela.store.value.ValueInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela bench value} and {@code bench fit}: the value pipeline and the model fits, timed in-process. */
final class ValueBench {
    private ValueBench() {
    }

    @Command(name = "value", mixinStandardHelpOptions = true,
            description = {"Time the whole value pipeline (RFM, ABC, quadrant, CLV fit and scoring, cohorts, roll-ups, storing the run) "
                    + "on the CDNOW master log imported into a fresh workspace, or on a synthetic workspace (--synthetic N)."})
    static final class Pipeline implements Callable<Integer> {
        @ParentCommand
        BenchCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--file", defaultValue = "../shared/data/cdnow/CDNOW_master.txt", description = "CDNOW master log (default ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--synthetic", paramLabel = "CUSTOMERS", description = "Instead, build a synthetic workspace with this many customers.")
        Integer synthetic;

        @Option(names = "--orders-per-customer", defaultValue = "20", description = "Orders per synthetic customer on average (default ${DEFAULT-VALUE}).")
        int ordersPerCustomer;

        @Option(names = "--runs", defaultValue = "5", description = "Measured runs after one warm-up (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--keep", paramLabel = "DIR", description = "Build the workspace in DIR and keep it (reused when it exists).")
        Path keep;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path ws = keep != null ? keep : Files.createTempDirectory("clientela-bench-value");
            try {
                boolean built = Files.exists(ws.resolve("clientela.duckdb"));
                long t0 = System.nanoTime();
                try (App app = App.open(ws, "bench value", parent.clock)) {
                    if (!built) {
                        if (synthetic != null) {
                            SyntheticValueData.build(app.workspace().connection(), synthetic, ordersPerCustomer, 42);
                        } else {
                            if (!Files.exists(file)) {
                                throw new UsageException(file + " does not exist; pass --file or --synthetic N");
                            }
                            app.importer().importFile(new MappingReader().read(Path.of("examples/mappings/cdnow-master.yaml")), file, ImportListener.NONE);
                        }
                        out.printf("workspace built in %.1f s: %,d customers, %,d orders%n", (System.nanoTime() - t0) / 1e9,
                                Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM customers"),
                                Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM orders"));
                        out.flush();
                    }
                    ValueAnalysis analysis = new ValueAnalysis(app.workspace(), app.clock());
                    double[] seconds = new double[runs];
                    for (int run = 0; run <= runs; run++) {
                        BenchCommand.resetPeaks();
                        long s = System.nanoTime();
                        StepTimer steps = new StepTimer();
                        ValueAnalysis.Outcome o = analysis.run(new ValueRequest(ValueRequest.ALL, null, null, app.config().value(), false), steps::start);
                        double took = (System.nanoTime() - s) / 1e9;
                        steps.start(null);
                        if (run > 0) {
                            seconds[run - 1] = took;
                        }
                        out.printf("%-8s %.3f s, %,d customers, peak heap %d MiB, run %d (%s)%n", run == 0 ? "warm-up" : "run " + run, took,
                                o.run().customers(), BenchCommand.peakHeapMiB(), o.run().runId(), steps);
                        out.flush();
                    }
                    Arrays.sort(seconds);
                    out.printf("median %.3f s over %d runs (min %.3f s); JVM max heap %d MiB; %d cores%n", seconds.length == 0 ? 0 : seconds[seconds.length / 2],
                            runs, seconds.length == 0 ? 0 : seconds[0], Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
                }
            } finally {
                if (keep == null) {
                    BenchCommand.deleteTree(ws);
                }
            }
            return 0;
        }
    }

    /** Seconds per pipeline step, for the benchmark's breakdown. */
    static final class StepTimer {
        private final Map<String, Double> seconds = new LinkedHashMap<>();
        private String current;
        private long since = System.nanoTime();

        void start(String step) {
            long now = System.nanoTime();
            if (current != null) {
                seconds.merge(current, (now - since) / 1e9, Double::sum);
            }
            current = step;
            since = now;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            seconds.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append(String.format(" %.2f s", v)));
            return sb.toString();
        }
    }

    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = {"Time the BG/NBD, Pareto/NBD and Gamma-Gamma fits on the CDNOW master calibration data (weekly, to 1997-09-30), "
                    + "aggregated once, fitted many times in a warm JVM; prints the median per fit."})
    static final class Fit implements Callable<Integer> {
        @ParentCommand
        BenchCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--file", defaultValue = "../shared/data/cdnow/CDNOW_master.txt", description = "CDNOW master log (default ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--runs", defaultValue = "50", description = "Measured fits per model after 10 warm-up fits (default ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws IOException {
            if (!Files.exists(file)) {
                throw new UsageException(file + " does not exist; pass --file");
            }
            PrintWriter out = spec.commandLine().getOut();
            Path ws = Files.createTempDirectory("clientela-bench-fit");
            try (App app = App.open(ws, "bench fit", parent.clock)) {
                app.importer().importFile(new MappingReader().read(Path.of("examples/mappings/cdnow-master.yaml")), file, ImportListener.NONE);
                LocalDate cal = LocalDate.of(1997, 9, 30);
                ValueWindow window = new ValueWindow(cal, cal, 7);
                ValueInputs.prepare(app.handle(), window, Currency.SINGLE);
                CustomerInputs in = ValueInputs.load(app.handle(), window);
                ValueInputs.release(app.handle());
                double[] histories = new double[in.size() * 4];
                double[] spends = new double[in.size() * 3];
                int h = 0;
                int s = 0;
                for (int i = 0; i < in.size(); i++) {
                    int x = in.repeatDaysInCalibration()[i];
                    histories[h++] = x;
                    histories[h++] = x == 0 ? 0 : (in.lastDayInCalibration()[i] - in.firstDay()[i]) / 7.0;
                    histories[h++] = (cal.toEpochDay() - in.firstDay()[i]) / 7.0;
                    histories[h++] = 1;
                    if (x > 0 && in.meanRepeatValue()[i] > 0) {
                        spends[s++] = x;
                        spends[s++] = in.meanRepeatValue()[i];
                        spends[s++] = 1;
                    }
                }
                double[] spent = Arrays.copyOf(spends, s);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("customers", in.size());
                result.put(BgNbd.MODEL, time(runs, () -> BgNbd.fit(histories).parameters()));
                result.put(ParetoNbd.MODEL, time(runs, () -> ParetoNbd.fit(histories).parameters()));
                result.put(GammaGamma.MODEL, time(runs, () -> GammaGamma.fit(spent).parameters()));
                if (parent.json) {
                    out.println(Output.json(result));
                } else {
                    result.forEach((k, v) -> out.printf("%-12s %s%n", k, v));
                }
            } finally {
                BenchCommand.deleteTree(ws);
            }
            return 0;
        }

        private static Map<String, Object> time(int runs, Supplier<Object> fit) {
            Object parameters = null;
            for (int i = 0; i < 10; i++) {
                parameters = fit.get();
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                parameters = fit.get();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("median_ms", Math.round(ms[runs / 2] * 100) / 100.0);
            m.put("min_ms", Math.round(ms[0] * 100) / 100.0);
            m.put("parameters", parameters);
            return m;
        }
    }
}
