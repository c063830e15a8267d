package io.clientela.bench;

import io.clientela.app.cli.Root;
import io.clientela.core.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench text-cli}: throughput of the {@code text sentiment} command on real texts, the VADER
 * tweets (not templates), repeated to {@code --lines} lines in a temporary file: each run executes
 * the command line in this JVM (reading the file, detecting the language, scoring, writing JSON lines
 * to a counting sink), after one warm-up run. Start-up (building the analyzers) is measured with a
 * one-line input and taken off. When {@code python3 -c "import vaderSentiment"} works, Python VADER
 * scores the same file in the same run, for comparison.
 */
@Command(name = "text-cli", mixinStandardHelpOptions = true,
        description = {"Lines per second of 'text sentiment' on the VADER tweets repeated to --lines lines, after start-up; "
                + "and of Python VADER on the same lines when vaderSentiment is installed."})
final class TextCliBench implements Callable<Integer> {
    @ParentCommand
    BenchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", defaultValue = "../shared/data/sentiment/en_vader/tweets_GroundTruth.txt",
            description = "A VADER ground-truth file (id TAB rating TAB text) (default ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--lines", defaultValue = "1000000", description = "Lines per run (default ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs after one warm-up (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", description = "Passed to text sentiment --threads (default: its own, the number of cores).")
    Integer threads;

    @Option(names = "--lang", defaultValue = "auto", description = "Passed to text sentiment --lang (default ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() throws Exception {
        if (lines < 1 || runs < 1) {
            throw new UsageException("--lines and --runs must be >= 1");
        }
        if (!Files.exists(corpus)) {
            throw new UsageException("--corpus " + corpus + " does not exist");
        }
        List<String> texts = new ArrayList<>();
        for (String l : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            String[] f = l.replace("\r", "").split("\t", 3);
            if (f.length == 3) {
                texts.add(f[2]);
            }
        }
        Path file = Files.createTempFile("clientela-text-cli", ".txt");
        Path one = Files.createTempFile("clientela-text-cli-one", ".txt");
        PrintWriter out = spec.commandLine().getOut();
        try {
            long bytes;
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < lines; i++) {
                    w.write(texts.get(i % texts.size()));
                    w.write('\n');
                }
            }
            bytes = Files.size(file);
            Files.writeString(one, texts.get(0) + "\n");
            out.printf("corpus %s: %,d texts repeated to %,d lines (%,d bytes); %d cores%n", corpus.getFileName(), texts.size(), lines, bytes,
                    Runtime.getRuntime().availableProcessors());
            out.flush();
            List<Double> rates = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                double start = seconds(one)[0];
                double[] r = seconds(file);
                double after = Math.max(1e-9, r[0] - start);
                double rate = (lines - 1) / after;
                if (run > 0) {
                    rates.add(rate);
                }
                out.printf("%-8s %,d lines in %.3f s (start-up %.3f s): %,d lines/s after start-up, %,d output bytes%n",
                        run == 0 ? "warm-up" : "run " + run, lines, r[0], start, Math.round(rate), (long) r[1]);
                out.flush();
            }
            rates.sort(null);
            out.printf("median after start-up: %,d lines/s%n", Math.round(rates.get(rates.size() / 2)));
            python(file, out);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(one);
        }
        return 0;
    }

    /** Runs the command on {@code input}: {seconds, output bytes}. */
    private double[] seconds(Path input) {
        CountingWriter sink = new CountingWriter();
        PrintWriter w = new PrintWriter(sink);
        List<String> args = new ArrayList<>(List.of("text", "sentiment", "--lang", lang, "--input", input.toString()));
        if (threads != null) {
            args.add("--threads");
            args.add(String.valueOf(threads));
        }
        long t0 = System.nanoTime();
        int code = Root.run(Clock.systemUTC(), w, new PrintWriter(System.err, true), args.toArray(String[]::new));
        w.flush();
        double s = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("text sentiment exited with " + code);
        }
        return new double[] {s, sink.chars};
    }

    private static void python(Path file, PrintWriter out) throws IOException, InterruptedException {
        if (exec(List.of("python3", "-c", "import vaderSentiment"), 60) != 0) {
            out.println("Python VADER: not measured (python3 -c \"import vaderSentiment\" fails: the package is not installed here)");
            return;
        }
        String script = "import sys,time\nfrom vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as A\na=A()\n"
                + "lines=open(sys.argv[1],encoding='utf-8').read().split('\\n')[:-1]\nt=time.time()\n"
                + "for l in lines: a.polarity_scores(l)\nprint(len(lines)/(time.time()-t))\n";
        Path py = Files.createTempFile("vader-bench", ".py");
        Path res = Files.createTempFile("vader-bench", ".out");
        try {
            Files.writeString(py, script);
            ProcessBuilder pb = new ProcessBuilder("python3", py.toString(), file.toString()).redirectOutput(res.toFile());
            Process p = pb.start();
            p.waitFor(30, TimeUnit.MINUTES);
            out.printf("Python VADER, same lines, one process: %,d lines/s%n", Math.round(Double.parseDouble(Files.readString(res).strip())));
        } finally {
            Files.deleteIfExists(py);
            Files.deleteIfExists(res);
        }
    }

    private static int exec(List<String> cmd, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(seconds, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /** A writer that only counts what it is given. */
    private static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] cbuf, int off, int len) {
            chars += len;
        }

        @Override
        public void write(String str, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
