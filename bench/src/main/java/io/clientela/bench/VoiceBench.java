package io.clientela.bench;

import io.clientela.analytics.voice.ResponseAnalysis;
import io.clientela.analytics.voice.VoicePipeline;
import io.clientela.analytics.voice.sentiment.QualityFigure;
import io.clientela.analytics.voice.sentiment.SentimentAnalyzer;
import io.clientela.analytics.voice.sentiment.SentimentQuality;
import io.clientela.analytics.voice.terms.Taxonomy;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.app.cli.Output;
import io.clientela.core.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Benchmarks of the voice-of-the-customer text pipeline ({@code bench text}, {@code bench sentiment-quality}). */
final class VoiceBench {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private VoiceBench() {
    }

    @Command(name = "text", mixinStandardHelpOptions = true,
            description = {"Throughput of language detection + Lucene terms + sentiment + themes on short responses built from the "
                    + "demo company's feedback templates (en, es, zh, hu in equal shares); prints responses/s per run."})
    static final class TextBench implements Callable<Integer> {
        @ParentCommand
        BenchCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--responses", defaultValue = "400000", description = "Responses per run (default ${DEFAULT-VALUE}).")
        int responses;

        @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--runs", defaultValue = "3", description = "Measured runs after one warm-up (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--seed", defaultValue = "7", description = "Seed for picking the responses (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            if (responses < 1 || threads < 1 || runs < 1) {
                throw new UsageException("--responses, --threads and --runs must be >= 1");
            }
            String[] texts = corpus(responses, seed);
            PrintWriter out = spec.commandLine().getOut();
            List<Map<String, Object>> results = new ArrayList<>();
            try (Tokenizer tokenizer = new Tokenizer()) {
                VoicePipeline p = new VoicePipeline(tokenizer, SentimentAnalyzer.bundledWith(List.of()), Taxonomy.retail(tokenizer));
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    for (int run = 0; run <= runs; run++) {
                        AtomicLong themed = new AtomicLong();
                        AtomicLong cpuNanos = new AtomicLong();
                        long t0 = System.nanoTime();
                        List<Future<?>> parts = new ArrayList<>();
                        for (int t = 0; t < threads; t++) {
                            int from = (int) ((long) texts.length * t / threads);
                            int to = (int) ((long) texts.length * (t + 1) / threads);
                            parts.add(pool.submit(() -> {
                                long c0 = CPU.getCurrentThreadCpuTime();
                                long n = 0;
                                for (int i = from; i < to; i++) {
                                    ResponseAnalysis a = p.analyze(texts[i], null, false);
                                    n += a.themes().size();
                                }
                                themed.addAndGet(n);
                                cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
                            }));
                        }
                        for (Future<?> f : parts) {
                            f.get();
                        }
                        double s = (System.nanoTime() - t0) / 1e9;
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("run", run == 0 ? "warm-up" : String.valueOf(run));
                        row.put("responses", texts.length);
                        row.put("seconds", Math.round(s * 1000) / 1000.0);
                        row.put("responses_per_second", Math.round(texts.length / s));
                        double cpu = cpuNanos.get() / 1e9;
                        row.put("cpu_seconds", Math.round(cpu * 1000) / 1000.0);
                        row.put("responses_per_cpu_second", Math.round(texts.length / cpu));
                        row.put("theme_hits", themed.get());
                        results.add(row);
                        if (!parent.json) {
                            out.printf("%-8s %,d responses in %.3f s = %,d responses/s (%d threads); %.3f CPU s = %,d responses per CPU second; %,d theme hits%n",
                                    row.get("run"), texts.length, s, Math.round(texts.length / s), threads, cpu, Math.round(texts.length / cpu), themed.get());
                            out.flush();
                        }
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
            double[] rates = results.stream().skip(1).mapToDouble(x -> ((Number) x.get("responses_per_second")).doubleValue()).sorted().toArray();
            double median = rates[rates.length / 2];
            double[] perCpu = results.stream().skip(1).mapToDouble(x -> ((Number) x.get("responses_per_cpu_second")).doubleValue()).sorted().toArray();
            double medianCpu = perCpu[perCpu.length / 2];
            int cores = Runtime.getRuntime().availableProcessors();
            if (parent.json) {
                out.println(Output.json(Map.of("runs", results, "median_responses_per_second", Math.round(median),
                        "median_responses_per_cpu_second", Math.round(medianCpu), "cores", cores)));
            } else {
                out.printf("median %,d responses/s wall clock, %,d responses per CPU second, over %d runs; %d threads; %d cores; mean length %.0f characters%n",
                        Math.round(median), Math.round(medianCpu), runs, threads, cores,
                        java.util.Arrays.stream(texts).mapToInt(String::length).average().orElse(0));
            }
            return 0;
        }

        /** Short responses drawn from the demo company's templates: one to two templates, some with an emoji. */
        static String[] corpus(int n, long seed) {
            Map<String, List<String>> byLang = new LinkedHashMap<>();
            String lang = null;
            for (String line : demoTemplates()) {
                if (line.startsWith("[")) {
                    lang = line.substring(1, line.indexOf(']'));
                    continue;
                }
                int colon = line.indexOf(':');
                if (lang == null || colon < 0 || line.startsWith("#") || line.startsWith("search_") || line.startsWith("emoji_")) {
                    continue;
                }
                for (String t : line.substring(colon + 1).split(" \\| ")) {
                    byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(t.strip());
                }
            }
            List<List<String>> langs = new ArrayList<>(byLang.values());
            SplittableRandom r = new SplittableRandom(seed);
            String[] out = new String[n];
            String[] emoji = {" 👍", " 😡", " 😀", ""};
            for (int i = 0; i < n; i++) {
                List<String> l = langs.get(i % langs.size());
                String t = l.get(r.nextInt(l.size()));
                if (r.nextDouble() < 0.3) {
                    t += (i % langs.size() == 2 ? "，" : ". ") + l.get(r.nextInt(l.size()));
                }
                out[i] = t + emoji[r.nextInt(emoji.length)];
            }
            return out;
        }

        private static List<String> demoTemplates() {
            try (InputStream in = io.clientela.core.demo.DemoSpec.class.getResourceAsStream("texts.txt")) {
                if (in == null) {
                    throw new IllegalStateException("the demo texts.txt is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "sentiment-quality", mixinStandardHelpOptions = true,
            description = {"Sentiment quality on the public labelled sets in ../shared/data/sentiment (VADER tweets and snippets, "
                    + "ChnSentiCorp, HuSST) and the bundled Spanish and demo texts; models are trained on the training part of each "
                    + "split and scored on the rest. The figures of docs/quality.md."})
    static final class QualityBench implements Callable<Integer> {
        @ParentCommand
        BenchCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR", description = "Reference data folder (default ${DEFAULT-VALUE}).")
        Path data;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(data.resolve("sentiment"))) {
                throw new UsageException(data.resolve("sentiment") + " does not exist; pass --data DIR");
            }
            List<QualityFigure> figures = new SentimentQuality(data).run();
            PrintWriter out = spec.commandLine().getOut();
            if (parent.json) {
                out.println(Output.json(figures));
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (QualityFigure f : figures) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("lang", f.language());
                m.put("dataset", f.dataset());
                m.put("method", f.method());
                m.put("scored", f.split());
                m.put("n", f.n());
                m.put("metric", f.metric());
                m.put("value", String.format("%.3f", f.value()));
                m.put("target", Double.isNaN(f.target()) ? "" : (f.meetsTarget() ? ">= " : "MISSED >= ") + f.target());
                rows.add(m);
            }
            Output.table(out, rows, 60);
            return 0;
        }
    }
}
