package io.clientela.bench;

import io.clientela.app.App;
import io.clientela.app.cli.Output;
import io.clientela.app.cli.Root;
import io.clientela.core.UsageException;
import io.clientela.core.Version;
import io.clientela.ingest.ImportListener;
import io.clientela.ingest.ImportReport;
import io.clientela.ingest.Mapping;
import io.clientela.ingest.MappingReader;
import io.clientela.store.Db;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code clientela bench}: benchmarks that print their own figures (see docs/benchmarks.md). Not part
 * of the product: the launcher runs this module's jar for {@code clientela bench ...}, so its data
 * builders, GreenMail and JMH stay out of the application.
 */
@Command(name = "clientela bench", mixinStandardHelpOptions = true, version = "Clientela " + Version.NUMBER + " benchmarks",
        description = "Benchmarks that print their figures (docs/benchmarks.md).",
        subcommands = {BenchCommand.ImportBench.class, BenchCommand.ShowBench.class, ValueBench.Pipeline.class, ValueBench.Fit.class,
                AlertBench.class, RulesBench.class, ApiBench.class, VoiceBench.TextBench.class, VoiceBench.QualityBench.class, TextCliBench.class,
                CollectorBench.class, JmhBench.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
    final Clock clock;

    @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Workspace folder (default: $CLIENTELA_HOME, else ./clientela-data).")
    Path workspace;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    BenchCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Entry point of {@code clientela bench}. */
    public static void main(String[] args) {
        System.exit(run(Clock.systemUTC(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the benchmark command line and returns the exit code. */
    public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        BenchCommand root = new BenchCommand(clock);
        return Root.execute(new CommandLine(root), out, err, () -> root.debug, args);
    }

    App open(String purpose) {
        return App.open(Root.workspaceDir(workspace), purpose, clock);
    }

    /** Peak heap used over all heap pools since the last reset, in MiB. */
    static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a file into a fresh workspace several times; print rows/s and peak heap per run.")
    static final class ImportBench implements Callable<Integer> {
        @ParentCommand
        BenchCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--mapping", defaultValue = "examples/mappings/online-retail.yaml", description = "Mapping (default ${DEFAULT-VALUE}).")
        Path mapping;

        @Option(names = "--file", defaultValue = "../shared/data/online_retail/online_retail_2010_2011.csv.gz",
                description = "File (default ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--runs", defaultValue = "3", description = "Measured runs after one warm-up (default ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws IOException {
            if (!Files.exists(file)) {
                throw new UsageException(file + " does not exist; pass --file");
            }
            Mapping m = new MappingReader().read(mapping);
            PrintWriter out = spec.commandLine().getOut();
            List<Map<String, Object>> results = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                Path ws = Files.createTempDirectory("clientela-bench");
                try {
                    resetPeaks();
                    ImportReport r;
                    try (App app = App.open(ws, "bench import", parent.clock)) {
                        r = app.importer().importFile(m, file, ImportListener.NONE);
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("run", run == 0 ? "warm-up" : String.valueOf(run));
                    row.put("rows", r.rowsRead());
                    row.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
                    row.put("rows_per_second", Math.round(r.rowsPerSecond()));
                    row.put("peak_heap_mib", peakHeapMiB());
                    results.add(row);
                    if (!parent.json) {
                        out.printf("%-8s %,d rows in %.3f s = %,d rows/s, peak heap %d MiB%n", row.get("run"), r.rowsRead(), r.seconds(),
                                Math.round(r.rowsPerSecond()), peakHeapMiB());
                        out.flush();
                    }
                } finally {
                    deleteTree(ws);
                }
            }
            double[] rates = results.stream().skip(1).mapToDouble(x -> ((Number) x.get("rows_per_second")).doubleValue()).sorted().toArray();
            double median = rates.length == 0 ? 0 : rates[rates.length / 2];
            if (parent.json) {
                out.println(Output.json(Map.of("runs", results, "median_rows_per_second", Math.round(median),
                        "max_heap_mib", Runtime.getRuntime().maxMemory() >> 20)));
            } else {
                out.printf("median %,d rows/s over %d runs; JVM max heap %d MiB; %d cores%n", Math.round(median), runs,
                        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Time 'customer show' (lookup + 360 view) for random customers of the workspace; print percentiles.")
    static final class ShowBench implements Callable<Integer> {
        @ParentCommand
        BenchCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--samples", defaultValue = "200", description = "Customers to look up (default ${DEFAULT-VALUE}).")
        int samples;

        @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (App app = parent.open("bench show")) {
                List<String> ids = Db.query(app.workspace().connection(), "SELECT external_id FROM customer_records USING SAMPLE reservoir("
                        + Math.max(1, samples) + " ROWS) REPEATABLE (" + seed + ")").stream().map(r -> (String) r.get("external_id")).toList();
                if (ids.isEmpty()) {
                    throw new UsageException("the workspace has no customers; run 'clientela demo --no-serve' or import some first");
                }
                long customers = Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM customers");
                for (int i = 0; i < Math.min(20, ids.size()); i++) {
                    app.customers().show(app.customers().find(ids.get(i)), 30);
                }
                double[] ms = new double[ids.size()];
                SplittableRandom random = new SplittableRandom(seed);
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(random.nextInt(ids.size()));
                    long t0 = System.nanoTime();
                    app.customers().show(app.customers().find(id), 30);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("customers", customers);
                r.put("samples", ms.length);
                r.put("p50_ms", round(ms[ms.length / 2]));
                r.put("p95_ms", round(ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]));
                r.put("max_ms", round(ms[ms.length - 1]));
                out.println(parent.json ? Output.json(r) : String.format("customer show on %,d customers: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d samples)",
                        customers, r.get("p50_ms"), r.get("p95_ms"), r.get("max_ms"), ms.length));
            }
            return 0;
        }

        private static double round(double v) {
            return Math.round(v * 10) / 10.0;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
