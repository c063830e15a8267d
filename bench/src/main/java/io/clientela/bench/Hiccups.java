package io.clientela.bench;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * How late a thread that asks to wake every millisecond actually wakes, while the benchmark
 * runs: time the machine gave no thread of ours (scheduling, a busy or shared host, GC
 * pauses). A batch caught in such a stall waits as long, whatever the collector does.
 */
final class Hiccups extends Thread {
    private final long[] late = new long[600_000];
    private int n;
    private volatile boolean running = true;

    private Hiccups() {
        super("bench-hiccups");
        setDaemon(true);
    }

    static Hiccups begin() {
        Hiccups h = new Hiccups();
        h.start();
        return h;
    }

    @Override
    public void run() {
        while (running && n < late.length) {
            long t = System.nanoTime();
            LockSupport.parkNanos(1_000_000);
            late[n++] = Math.max(0, System.nanoTime() - t - 1_000_000);
        }
    }

    /** The delays seen, sorted. */
    long[] end() throws InterruptedException {
        running = false;
        join();
        long[] out = Arrays.copyOf(late, n);
        Arrays.sort(out);
        return out;
    }
}
