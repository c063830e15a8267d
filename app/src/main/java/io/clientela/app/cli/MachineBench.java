package io.clientela.app.cli;

import io.clientela.core.UsageException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code clientela bench machine}: whether the machine itself stalls, with nothing of Clientela
 * running: one thread per core copies memory back to back and counts the copies that take
 * several times their median. Spells that several threads see at the same moment come from
 * outside the process (the host, another guest), and every latency figure measured on the
 * machine carries them.
 */
@Command(name = "machine", mixinStandardHelpOptions = true,
        description = {"Check the machine for stalls, with nothing else of Clientela running: one thread per core copies 8 MB of "
                + "memory back to back for --seconds and counts the copies that take 3 times their median or more, and the spells "
                + "(slow copies less than 100 ms apart) that every thread saw at about the same moment."})
final class MachineBench implements Callable<Integer> {
    @ParentCommand
    BenchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "30", description = "How long to probe, at most 120 (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", description = "Probing threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (seconds < 1 || seconds > 120 || n < 1 || n > 64) {
            throw new UsageException("bench machine: --seconds from 1 to 120 and --threads from 1 to 64");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<MemoryProbe> probes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            probes.add(MemoryProbe.begin(seconds, "bench-machine-" + i));
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        List<MemoryProbe.Seen> seen = new ArrayList<>();
        for (MemoryProbe p : probes) {
            seen.add(p.end());
        }
        // a spell of the first thread is shared when every other thread had one starting within 50 ms of it
        int shared = 0;
        for (long start : seen.get(0).spellStarts()) {
            boolean everyone = true;
            for (MemoryProbe.Seen other : seen.subList(1, seen.size())) {
                everyone &= other.spellStarts().stream().anyMatch(t -> Math.abs(t - start) <= TimeUnit.MILLISECONDS.toNanos(50));
            }
            shared += everyone ? 1 : 0;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", seconds);
        result.put("threads", n);
        result.put("copy_mb", MemoryProbe.MB);
        List<Map<String, Object>> per = new ArrayList<>();
        for (MemoryProbe.Seen s : seen) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("copies", s.copies());
            m.put("median_ms", s.medianMs());
            m.put("slow_copies", s.slow());
            m.put("spells", s.spells());
            m.put("slow_ms", s.slowMillis());
            per.add(m);
        }
        result.put("per_thread", per);
        result.put("spells_seen_by_every_thread", shared);
        if (parent.root.json) {
            out.println(Output.json(result));
            return 0;
        }
        out.printf("%d thread%s copying %d MB back to back for %d s:%n", n, n == 1 ? "" : "s", MemoryProbe.MB, seconds);
        for (int i = 0; i < seen.size(); i++) {
            MemoryProbe.Seen s = seen.get(i);
            out.printf("  thread %d: %,d copies, median %.2f ms; %,d took %d times the median or more (%,d ms in all), in %,d spell%s%n", i + 1,
                    s.copies(), s.medianMs(), s.slow(), MemoryProbe.SLOW, s.slowMillis(), s.spells(), s.spells() == 1 ? "" : "s");
        }
        if (n > 1) {
            // a thread alone also slows for its own reasons (the JIT, the scheduler): a spell all of them share is the machine's
            out.printf("spells every thread saw at about the same moment (the machine's own): %d of the first thread's %d%n", shared,
                    seen.get(0).spells());
        }
        return 0;
    }

    /**
     * Times a copy of a few megabytes, back to back on a thread of its own: memory-bound work, as
     * appending rows and parsing JSON are. A copy taking {@link #SLOW} times its median or more means
     * the machine's memory was slow for a moment (a busy host, another guest on it); whatever else ran
     * then was slowed too. Slow copies less than 100 ms apart count as one spell.
     */
    private static final class MemoryProbe extends Thread {
        static final int MB = 8;
        static final int SLOW = 3;
        private static final long SPELL_GAP = TimeUnit.MILLISECONDS.toNanos(100);
        private final byte[] from;
        private final byte[] to;
        private final long[] at;
        private final long[] took;
        private int n;
        private volatile boolean running = true;

        /**
         * What the probe saw.
         *
         * @param spellStarts when each spell began ({@link System#nanoTime()})
         * @param slowMillis  time spent in slow copies, in all
         */
        record Seen(int copies, double medianMs, int slow, long slowMillis, List<Long> spellStarts) {
            int spells() {
                return spellStarts.size();
            }
        }

        private MemoryProbe(int seconds, String name) {
            super(name);
            setDaemon(true);
            this.from = new byte[MB << 20];
            this.to = new byte[MB << 20];
            // room for a copy every 0.25 ms (32 GB/s) for the whole run; on a faster machine the last copies go unrecorded
            this.at = new long[Math.max(1000, seconds * 4000)];
            this.took = new long[at.length];
        }

        /** Starts a probe copying {@link #MB} megabytes back to back for up to {@code seconds}. */
        static MemoryProbe begin(int seconds, String name) {
            MemoryProbe m = new MemoryProbe(seconds, name);
            m.start();
            return m;
        }

        @Override
        public void run() {
            Arrays.fill(from, (byte) 1);
            Arrays.fill(to, (byte) 2);
            while (running && n < at.length) {
                long t = System.nanoTime();
                System.arraycopy(from, 0, to, 0, from.length);
                from[n % from.length]++; // the next copy is not the same work
                at[n] = t;
                took[n++] = System.nanoTime() - t;
            }
        }

        /** Stops the probe and says what it saw. */
        Seen end() throws InterruptedException {
            running = false;
            join();
            if (n == 0) {
                return new Seen(0, 0, 0, 0, List.of());
            }
            long[] sorted = Arrays.copyOf(took, n);
            Arrays.sort(sorted);
            long median = sorted[n / 2];
            int slow = 0;
            long slowNanos = 0;
            List<Long> starts = new ArrayList<>();
            long lastSlow = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                if (took[i] >= SLOW * median) {
                    slow++;
                    slowNanos += took[i];
                    if (lastSlow == Long.MIN_VALUE || at[i] - lastSlow > SPELL_GAP) {
                        starts.add(at[i]);
                    }
                    lastSlow = at[i];
                }
            }
            return new Seen(n, Math.round(median / 1e4) / 100.0, slow, slowNanos / 1_000_000, starts);
        }
    }
}
