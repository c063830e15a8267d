package io.clientela.ingest.collect;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Gives anonymous visitors' earlier events the customer they were linked to ({@link AnonymousLinks#backfill}),
 * on a thread and connection of its own beside the collector's writer: its UPDATE touches only events
 * without a customer, which the writer only appends, so the two do not hold each other up. A note
 * waits at least {@link #AFTER_NANOS}, so one UPDATE acts on several; as the UPDATE scans the newer
 * part of the events table, the back-fill then waits ten times as long as its last run took, so it
 * takes at most about a tenth of a core. On failure, or when an erasure ran meanwhile, the notes stay
 * and it is tried again later. Once the writer has stopped it tries once more, and ends.
 */
final class Backfiller extends Thread {
    static final long AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private final Workspace workspace;
    private final CollectorStats.Counters counters;
    private final BooleanSupplier writerAlive;
    private final AtomicLong notes = new AtomicLong();
    private volatile long notedSince = System.nanoTime();

    /** Reads the notes left by the last run on the workspace's connection; {@link #start()} then runs it. */
    Backfiller(Workspace workspace, CollectorStats.Counters counters, BooleanSupplier writerAlive) {
        super("collector-backfill");
        setDaemon(true);
        this.workspace = workspace;
        this.counters = counters;
        this.writerAlive = writerAlive;
        notes.set(Db.queryLong(workspace.connection(), "SELECT count(*) FROM anonymous_backfills")); // left by the last run
    }

    /** The writer committed {@code count} more notes. */
    void noted(int count) {
        if (count > 0 && notes.getAndAdd(count) == 0) {
            notedSince = System.nanoTime();
        }
    }

    @Override
    public void run() {
        try (Connection c = workspace.newConnection()) {
            long lastRun = 0;
            while (true) {
                boolean last = !writerAlive.getAsBoolean();
                if (notes.get() > 0 && (last || System.nanoTime() - notedSince >= Math.max(AFTER_NANOS, 10 * lastRun))) {
                    long started = System.nanoTime();
                    once(c);
                    lastRun = System.nanoTime() - started;
                }
                if (last) {
                    return;
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            counters.backfillFailures.incrementAndGet(); // no connection: the notes are acted on after the next start
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void once(Connection c) {
        long started = System.nanoTime();
        long version = workspace.identityVersion();
        try {
            AnonymousLinks.Backfilled done = Db.inTransaction(c, tx -> {
                AnonymousLinks.Backfilled b = AnonymousLinks.backfill(tx);
                if (workspace.identityVersion() != version) {
                    throw new ErasedMeanwhile(); // rolled back: the erased customer's notes are gone next time
                }
                return b;
            });
            notes.addAndGet(-done.notes());
            counters.backfills.incrementAndGet();
            counters.backfilledEvents.addAndGet(done.events());
            counters.backfillNanos.addAndGet(System.nanoTime() - started);
        } catch (RuntimeException e) {
            counters.backfillFailures.incrementAndGet();
            notedSince = System.nanoTime(); // the notes stay: again later
        }
    }

    /** Customer records were erased while the back-fill ran: its work is rolled back and done again later. */
    private static final class ErasedMeanwhile extends RuntimeException {
        ErasedMeanwhile() {
            super("customer records were erased meanwhile", null, false, false);
        }
    }
}
