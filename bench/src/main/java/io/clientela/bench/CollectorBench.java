package io.clientela.bench;

import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.app.cli.Output;
import io.clientela.app.http.ServerSettings;
import io.clientela.core.UsageException;
import io.clientela.ingest.collect.CollectedItems;
import io.clientela.ingest.collect.CollectorStats;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code clientela bench collector}: a load generator on loopback against a real server on a fresh
 * workspace. Sends a fixed number of batches from several connections, measures each batch's
 * latency, then checks that the store holds every event that got a 202.
 *
 * <p>Without {@code --rate} each connection sends its next batch as soon as the last is answered
 * (closed loop): that finds the highest throughput, but keeps the writer's queue full, so the
 * latency it shows is the queue's, set by the number of connections. With {@code --rate} batches
 * are due on a fixed schedule (open loop) and a batch's latency runs from when it was due, not
 * from when a free connection sent it, so a server falling behind shows in the percentiles
 * (no coordinated omission).
 */
@Command(name = "collector", mixinStandardHelpOptions = true,
        description = {"Start the server on a fresh workspace (loopback, any free port) and send it batches of events from several "
                + "connections; print events/s and batch latency percentiles, then check every event that got a 202 is in the store.",
                "",
                "Without --rate every connection sends again as soon as it is answered (the highest throughput; latency is then the "
                + "queue's); with --rate batches are due on a fixed schedule and latency counts from when each was due.",
                "",
                "A thread waking every millisecond meanwhile shows how late it woke (stalls of the machine). Whether the machine's "
                + "memory stalls, which sets this benchmark's tail, 'java scripts/machine-stalls.java' shows before or after a run."})
final class CollectorBench implements Callable<Integer> {
    @ParentCommand
    BenchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--batches", defaultValue = "6000", description = "Measured batches (default ${DEFAULT-VALUE}).")
    int batches;

    @Option(names = "--warmup-batches", defaultValue = "1500", description = "Batches sent first and not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--batch-size", defaultValue = "100", description = "Events per batch (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--connections", defaultValue = "16", description = "Concurrent senders (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--rate", defaultValue = "0", paramLabel = "EVENTS_PER_SECOND",
            description = "Send on a fixed schedule at this many events/s, warm-up included (default: as fast as the connections are answered).")
    int rate;

    @Option(names = "--customers", defaultValue = "20000", description = "Distinct signed-in customers the events name (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "11", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-seconds", defaultValue = "300", description = "Stop sending after this long whatever is left (default ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Override
    public Integer call() throws Exception {
        if (batches < 1 || warmup < 0 || batchSize < 1 || batchSize > 1000 || connections < 1 || connections > 256 || customers < 1 || rate < 0) {
            throw new UsageException("bench collector: --batches >= 1, --warmup-batches >= 0, --batch-size 1..1000, --connections 1..256, --customers >= 1, "
                    + "--rate >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path ws = Files.createTempDirectory("clientela-bench-collector");
        try (App app = App.open(ws, "bench collector", parent.clock)) {
            String key = app.apiKeys().create(Role.WRITER, "web", "bench").secret();
            Map<String, Object> result;
            try (Serving serving = app.serve(new ServerSettings("127.0.0.1", 0, 1 << 20, 1000), CollectedItems.NONE, 50_000, 5_000, false)) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                URI uri = URI.create(serving.url() + "/api/v1/events");
                run(http, uri, key, 0, warmup, null);
                long[] latencies = new long[batches];
                Hiccups hiccups = Hiccups.begin();
                long t0 = System.nanoTime();
                Sent sent = run(http, uri, key, warmup, batches, latencies);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long[] stalls = hiccups.end();
                CollectorStats stats = serving.collector().stats();
                long[] done = Arrays.copyOf(latencies, sent.ok());
                Arrays.sort(done);
                result = new LinkedHashMap<>();
                result.put("batches", sent.ok());
                result.put("batch_size", batchSize);
                result.put("connections", connections);
                result.put("rate_events_per_second", rate); // 0: as fast as answered
                result.put("events_per_second", Math.round(sent.ok() * (double) batchSize / seconds));
                result.put("p50_ms", ms(done, 0.50));
                result.put("p95_ms", ms(done, 0.95));
                result.put("p99_ms", ms(done, 0.99));
                result.put("max_ms", done.length == 0 ? 0 : done[done.length - 1] / 1e6);
                result.put("refused_429", sent.refused());
                result.put("failed", sent.failed());
                result.put("group_commits", stats.groups());
                result.put("anonymous_backfills", stats.backfills());
                result.put("anonymous_backfill_ms", stats.backfillMillis());
                result.put("anonymous_backfill_failures", stats.backfillFailures());
                result.put("machine_stall_p99_ms", ms(stalls, 0.99));
                result.put("machine_stall_max_ms", stalls.length == 0 ? 0 : Math.round(stalls[stalls.length - 1] / 1e4) / 100.0);
                result.put("seconds", Math.round(seconds * 100) / 100.0);
            }
            long stored = Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM events");
            long expected = (long) (warmupOk + measuredOk.get()) * batchSize;
            result.put("events_in_store", stored);
            result.put("events_acknowledged", expected);
            result.put("cores", Runtime.getRuntime().availableProcessors());
            if (parent.json) {
                out.println(Output.json(result));
            } else {
                out.printf("%,d events/s%s: %,d batches of %d from %d connections in %.2f s; batch latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                                + "max %.1f ms; %d refused (429), %d failed; %,d group commits; %d cores%n", result.get("events_per_second"),
                        rate == 0 ? "" : String.format(" (sent on a schedule of %,d events/s)", rate), result.get("batches"), batchSize, connections,
                        result.get("seconds"), result.get("p50_ms"), result.get("p95_ms"),
                        result.get("p99_ms"), result.get("max_ms"), result.get("refused_429"), result.get("failed"), result.get("group_commits"),
                        result.get("cores"));
                out.printf("store check: %,d events acknowledged with 202, %,d in the store%n", expected, stored);
                out.printf("anonymous visitors' earlier events given their customer beside the writer: %,d transactions, %,d ms in all, %d failed "
                        + "(warm-up included)%n", result.get("anonymous_backfills"), result.get("anonymous_backfill_ms"), result.get("anonymous_backfill_failures"));
                out.printf("machine stalls meanwhile (a thread waking every millisecond, how late it woke): p99 %.1f ms, max %.1f ms%n",
                        result.get("machine_stall_p99_ms"), result.get("machine_stall_max_ms"));
            }
            return stored == expected ? 0 : 1;
        } finally {
            BenchCommand.deleteTree(ws);
        }
    }

    private int warmupOk;
    private final AtomicInteger measuredOk = new AtomicInteger();

    private record Sent(int ok, int refused, int failed) {
    }

    /**
     * Sends batches {@code from .. from+count-1} from the connections; a 429 is retried after a
     * back-off. With a rate, batch {@code b} is due {@code b} intervals after the start, and its
     * latency counts from then.
     */
    private Sent run(HttpClient http, URI uri, String key, int from, int count, long[] latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong deadline = new AtomicLong(System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds));
        long start = System.nanoTime();
        double interval = rate == 0 ? 0 : 1e9 * batchSize / rate;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            Future<?>[] workers = new Future<?>[connections];
            for (int w = 0; w < connections; w++) {
                workers[w] = pool.submit(() -> {
                    for (int b; (b = next.getAndIncrement()) < count && System.nanoTime() < deadline.get(); ) {
                        HttpRequest req = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(from + b))).build();
                        long due = start + Math.round(b * interval);
                        if (rate > 0) {
                            for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                                LockSupport.parkNanos(wait);
                            }
                        }
                        long t = rate > 0 ? due : System.nanoTime();
                        for (int attempt = 0; attempt < 20; attempt++) {
                            HttpResponse<Void> r;
                            try {
                                r = http.send(req, HttpResponse.BodyHandlers.discarding());
                            } catch (IOException e) {
                                failed.incrementAndGet();
                                break;
                            }
                            if (r.statusCode() == 202) {
                                int i = ok.getAndIncrement();
                                if (latencies != null) {
                                    latencies[i] = System.nanoTime() - t;
                                }
                                break;
                            }
                            if (r.statusCode() != 429) {
                                failed.incrementAndGet();
                                break;
                            }
                            refused.incrementAndGet();
                            Thread.sleep(Math.min(1000, 50L << Math.min(attempt, 4)));
                        }
                    }
                    return null;
                });
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (latencies == null) {
            warmupOk = ok.get();
        } else {
            measuredOk.set(ok.get());
        }
        return new Sent(ok.get(), refused.get(), failed.get());
    }

    /** Batch {@code b}: events with fresh ids, a third anonymous, the others naming one of the customers. */
    private String body(int b) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + b);
        String[] types = {"page_view", "product_view", "add_to_cart", "page_view", "checkout"};
        StringBuilder s = new StringBuilder(batchSize * 220).append('[');
        for (int i = 0; i < batchSize; i++) {
            int c = r.nextInt(customers);
            s.append(i == 0 ? "" : ",").append("{\"event_id\":\"b").append(b).append('-').append(i).append("\",\"type\":\"")
                    .append(types[r.nextInt(types.length)]).append("\",\"occurred_at\":\"2026-10-31T1").append(r.nextInt(10)).append(":")
                    .append(10 + r.nextInt(50)).append(":00Z\",\"anonymous_id\":\"a").append(c).append("\",\"session_id\":\"s").append(b % 997)
                    .append("\",\"url\":\"/p/").append(r.nextInt(120)).append("\",\"product_id\":\"P-").append(1001 + r.nextInt(120)).append('"');
            if (r.nextInt(3) > 0) {
                s.append(",\"customer_id\":\"C").append(c).append('"');
            }
            s.append(",\"properties\":{\"price\":").append(r.nextInt(500)).append(".5}}");
        }
        return s.append(']').toString();
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return Math.round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e4) / 100.0;
    }
}
