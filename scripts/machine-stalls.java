// Whether this machine itself stalls, with nothing of Clientela running: one thread per core copies
// 8 MB of memory back to back and counts the copies that take 3 times their median or more, and the
// spells (slow copies less than 100 ms apart) that every thread saw at about the same moment. Such
// shared spells come from outside the process (the host, another guest) and every latency figure
// measured on the machine carries them; docs/benchmarks.md says when to look.
//
// A host probe, not part of Clientela: run it with the JDK alone, as a single-file program:
//   java scripts/machine-stalls.java [--seconds 30] [--threads N]

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

public class MachineStalls {
    public static void main(String[] args) throws Exception {
        int seconds = 30;
        int n = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--threads" -> n = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: java scripts/machine-stalls.java [--seconds 1-120] [--threads 1-64]");
                    System.exit(2);
                }
            }
        }
        if (seconds < 1 || seconds > 120 || n < 1 || n > 64) {
            System.err.println("error: --seconds from 1 to 120 and --threads from 1 to 64");
            System.exit(2);
        }
        List<MemoryProbe> probes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            probes.add(MemoryProbe.begin(seconds, "machine-stalls-" + i));
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
        System.out.printf("%d thread%s copying %d MB back to back for %d s:%n", n, n == 1 ? "" : "s", MemoryProbe.MB, seconds);
        for (int i = 0; i < seen.size(); i++) {
            MemoryProbe.Seen s = seen.get(i);
            System.out.printf("  thread %d: %,d copies, median %.2f ms; %,d took %d times the median or more (%,d ms in all), in %,d spell%s%n", i + 1,
                    s.copies(), s.medianMs(), s.slow(), MemoryProbe.SLOW, s.slowMillis(), s.spells(), s.spells() == 1 ? "" : "s");
        }
        if (n > 1) {
            // a thread alone also slows for its own reasons (the JIT, the scheduler): a spell all of them share is the machine's
            System.out.printf("spells every thread saw at about the same moment (the machine's own): %d of the first thread's %d%n", shared,
                    seen.get(0).spells());
        }
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
