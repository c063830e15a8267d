package io.clientela.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times a copy of a few megabytes, back to back on a thread of its own: memory-bound work, as
 * appending rows and parsing JSON are. A copy taking {@link #SLOW} times its median or more means
 * the machine's memory was slow for a moment (a busy host, another guest on it); whatever else ran
 * then was slowed too. Slow copies less than 100 ms apart count as one spell.
 */
final class MemoryProbe extends Thread {
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
    record Seen(int copies, double medianMs, int slow, int spells, long slowMillis, List<Long> spellStarts) {
    }

    private MemoryProbe(int mb, int seconds, String name) {
        super(name);
        setDaemon(true);
        this.from = new byte[mb << 20];
        this.to = new byte[mb << 20];
        // room for a copy every 0.25 ms (32 GB/s) for the whole run; on a faster machine the last copies go unrecorded
        this.at = new long[Math.max(1000, seconds * 4000)];
        this.took = new long[at.length];
    }

    /** Starts a probe copying {@code mb} megabytes back to back for up to {@code seconds}. */
    static MemoryProbe begin(int mb, int seconds, String name) {
        MemoryProbe m = new MemoryProbe(mb, seconds, name);
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
            return new Seen(0, 0, 0, 0, 0, List.of());
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
        return new Seen(n, Math.round(median / 1e4) / 100.0, slow, starts.size(), slowNanos / 1_000_000, starts);
    }
}
