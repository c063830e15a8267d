package io.clientela.ingest.collect;

import io.clientela.ingest.BatchImporter;
import io.clientela.ingest.Mapping;
import io.clientela.ingest.QuickCheck;
import io.clientela.store.StoreException;
import io.clientela.store.Workspace;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes batches from any number of threads and writes them from one writer thread, which owns the
 * workspace's connection: it takes every batch waiting (up to {@code maxGroupItems} items) into one
 * transaction, commits, and only then completes each batch's future. One commit per group rather
 * than per batch is what gives DuckDB its throughput. At most {@code maxQueuedItems} items wait; a
 * batch that would exceed it is refused at once with {@link CollectorBusyException}, so memory
 * stays bounded. If a group fails, its batches are retried one by one, so one bad batch cannot fail
 * the others.
 */
public final class Collector implements AutoCloseable {
    private final Workspace workspace;
    private final BatchImporter importer;
    private final Map<Kind, Mapping> mappings;
    private final Map<Kind, List<String>> columns;
    private final CollectedItems listener;
    private final Intake rowIntake;
    private final int maxQueuedItems;
    private final int maxGroupItems;
    private final LinkedBlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final CollectorStats.Counters counters = new CollectorStats.Counters();
    private final KnownIds known = new KnownIds();
    private final Map<Kind, QuickCheck> checks = new EnumMap<>(Kind.class);
    private final CustomerIds customers;
    private final AnonymousLinks anonymous = new AnonymousLinks(1_000_000);
    private final FastWrite fast;
    private final Thread writer;
    private volatile boolean accepting = true;
    /** Held while a batch is handed to the queue, and by {@link #close()} while it stops taking them. */
    private final Object intake = new Object();
    /** Runs in {@link #submit} just before the hand-over: a seam for the test of closing meanwhile; nothing otherwise. */
    Runnable beforeEnqueue = () -> {
    };
    /** The write-ahead log size at which DuckDB checkpoints within a commit. */
    static final String CHECKPOINT_LOG = "512MB";
    /** How long the writer waits with nothing to write before it checkpoints. */
    static final long IDLE_CHECKPOINT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private long lastWrite;
    private boolean dirty;
    private final Backfiller backfiller;
    private long linksVersion;

    public Collector(Workspace workspace, BatchImporter importer, Map<Kind, Mapping> mappings, CollectedItems listener, int maxQueuedItems,
                     int maxGroupItems, CollectorSettings settings) {
        if (maxQueuedItems < 1 || maxGroupItems < 1) {
            throw new IllegalArgumentException("collector: queue and group sizes must be positive, not " + maxQueuedItems + "/" + maxGroupItems);
        }
        this.workspace = workspace;
        this.importer = importer;
        this.mappings = new EnumMap<>(mappings);
        this.columns = new EnumMap<>(Kind.class);
        mappings.forEach((k, m) -> columns.put(k, BatchImporter.columns(m)));
        this.listener = listener;
        this.rowIntake = new Intake(settings);
        this.maxQueuedItems = maxQueuedItems;
        this.maxGroupItems = maxGroupItems;
        loadKnownIds();
        linksVersion = workspace.identityVersion();
        anonymous.load(workspace.connection());
        mappings.forEach((k, m) -> {
            QuickCheck q = k == Kind.ORDERS ? null : importer.quickCheck(m);
            if (q != null) {
                checks.put(k, q);
            }
        });
        this.customers = new CustomerIds(workspace, 500_000);
        this.fast = new FastWrite(checks, customers, anonymous, importer);
        // No "SET threads" or "disabled_optimizers" here: in DuckDB they are database-wide, so they would slow
        // every dashboard, REST and rule query of the same server (docs/benchmarks.md, "One server").
        // a checkpoint inside a commit stalls every batch queued behind it (0.5-1 s at a few hundred thousand events): the
        // writer checkpoints when idle instead, and DuckDB's own only once the log is this long
        io.clientela.store.Db.execute(workspace.connection(), "SET checkpoint_threshold = '" + CHECKPOINT_LOG + "'");
        this.writer = new Thread(this::writeLoop, "collector-writer");
        writer.setDaemon(true);
        // the back-fill reads its notes on the workspace's connection before the writer takes it over
        this.backfiller = new Backfiller(workspace, counters, writer::isAlive);
        writer.start();
        backfiller.start();
    }

    /**
     * Queues a batch of rows of one kind from one source; the future completes once the batch is
     * committed (or fails with {@link CollectorFailedException}).
     *
     * @param what names the request in the quarantine, e.g. {@code POST /api/v1/events}
     */
    public CompletableFuture<Receipt> submit(Kind kind, String source, String what, List<Row> rows) {
        if (!accepting) {
            throw new CollectorBusyException("the collector is shutting down; send the batch again to the restarted server", 5);
        }
        int n = rows.size();
        int now = queued.addAndGet(n);
        if (now > maxQueuedItems && now != n) {
            queued.addAndGet(-n);
            counters.refusedBatches.incrementAndGet();
            throw new CollectorBusyException("the ingest queue is full (" + (now - n) + " items waiting, at most " + maxQueuedItems
                    + "); nothing of this batch was taken, send it again shortly", 1);
        }
        String origin = what + " #" + sequence.incrementAndGet();
        Submission s = Submission.prepare(kind, source, origin, rowIntake.apply(kind, rows), columns.get(kind), checks.get(kind));
        beforeEnqueue.run();
        // checked again with the hand-over, under the lock close() takes: a batch is either queued before the
        // writer is told to stop (and so written or failed before close returns) or refused, never left behind
        synchronized (intake) {
            if (!accepting) {
                queued.addAndGet(-n);
                throw new CollectorBusyException("the collector is shutting down; send the batch again to the restarted server", 5);
            }
            queue.add(s);
        }
        return s.future();
    }

    public CollectorStats stats() {
        return counters.snapshot(queued.get(), maxQueuedItems, known.size());
    }

    private void writeLoop() {
        List<Submission> group = new ArrayList<>();
        while (accepting || !queue.isEmpty()) {
            List<CollectedItem> stored = List.of();
            try {
                Submission first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    checkpointWhenIdle();
                    continue;
                }
                group.add(first);
                int items = first.rows().size();
                while (items < maxGroupItems) {
                    Submission next = queue.peek();
                    if (next == null || items + next.rows().size() > maxGroupItems) {
                        break;
                    }
                    group.add(queue.poll());
                    items += next.rows().size();
                }
                stored = write(group);
                dirty = true;
                lastWrite = System.nanoTime();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                counters.failedGroups.incrementAndGet();
                group.forEach(s -> s.future().completeExceptionally(new CollectorFailedException("the batch could not be written ("
                        + StoreException.firstLine(String.valueOf(e.getMessage())) + "); nothing of it was kept", e)));
            } finally {
                group.forEach(s -> queued.addAndGet(-s.rows().size()));
                group.clear();
            }
            notifyListener(stored);
        }
        for (Submission s; (s = queue.poll()) != null; ) {
            s.future().completeExceptionally(new CollectorFailedException("the collector stopped before writing this batch; nothing of it was kept", null));
        }
    }

    private List<CollectedItem> write(List<Submission> group) {
        return write(group, true);
    }

    /**
     * Writes a group in one transaction and answers its batches; returns the items stored. A group
     * that fails is written again batch by batch, and a batch that fails on the fast path once more
     * through the full SQL checks only.
     */
    private List<CollectedItem> write(List<Submission> group, boolean fastPath) {
        GroupWrite g = new GroupWrite(importer, mappings, known, listener != CollectedItems.NONE, fastPath ? fast : null, anonymous);
        List<GroupWrite.Done> done;
        try {
            long version = customers.version();
            if (version != linksVersion) {
                anonymous.load(workspace.connection()); // an erasure: links to the erased customer must go
                linksVersion = version;
            }
            if (fastPath) {
                fast.reserveImportIds(workspace.connection());
            }
            done = workspace.inTransaction(tx -> {
                List<GroupWrite.Done> d = g.write(tx, group);
                if (!customers.stillValid(version)) {
                    throw new IllegalStateException("customer records were erased while the batch was written");
                }
                return d;
            });
        } catch (RuntimeException e) {
            if (group.size() > 1) {
                List<CollectedItem> stored = new ArrayList<>();
                group.forEach(s -> stored.addAll(write(List.of(s), fastPath)));
                return stored;
            }
            if (fastPath) {
                counters.fastFailures.incrementAndGet(); // counted, so a fault of the fast path shows in the stats
                return write(group, false);
            }
            counters.failedGroups.incrementAndGet();
            group.get(0).future().completeExceptionally(new CollectorFailedException("the batch could not be written ("
                    + StoreException.firstLine(String.valueOf(e.getMessage())) + "); nothing of it was kept", e));
            return List.of();
        }
        counters.groups.incrementAndGet();
        anonymous.remember(g.links());
        backfiller.noted(g.links().stream().mapToInt(AnonymousLinks.Applied::notes).sum());
        counters.fastParts.addAndGet(g.fastParts);
        counters.fullParts.addAndGet(g.fullParts);
        g.unlinked.forEach(counters::unlinked);
        List<CollectedItem> stored = new ArrayList<>();
        for (GroupWrite.Done d : done) {
            d.fingerprints().forEach(known::add);
            counters.count(d.receipt());
            d.submission().future().complete(d.receipt());
            stored.addAll(d.stored());
        }
        return stored;
    }

    /**
     * Moves the write-ahead log into the database file once the writer has been idle a while. A
     * checkpoint cannot run beside another connection's open transaction (a dashboard query): it
     * is then tried again at the next idle moment.
     */
    private void checkpointWhenIdle() {
        if (!dirty || System.nanoTime() - lastWrite < IDLE_CHECKPOINT_NANOS) {
            return;
        }
        long started = System.nanoTime();
        try (Statement st = workspace.connection().createStatement()) {
            st.execute("CHECKPOINT");
            dirty = false;
            counters.checkpoints.incrementAndGet();
            counters.checkpointNanos.addAndGet(System.nanoTime() - started);
        } catch (SQLException e) {
            lastWrite = System.nanoTime(); // busy: wait another idle spell
        }
    }

    private void notifyListener(List<CollectedItem> stored) {
        if (!stored.isEmpty()) {
            try {
                listener.collected(stored);
            } catch (RuntimeException e) {
                counters.listenerFailures.incrementAndGet();
            }
        }
    }

    private void loadKnownIds() {
        try (Statement st = workspace.connection().createStatement()) {
            for (Kind kind : Kind.values()) {
                try (ResultSet rs = st.executeQuery("SELECT source, " + kind.idColumn() + " FROM " + kind.table())) {
                    while (rs.next()) {
                        known.add(KnownIds.fingerprint(kind, rs.getString(1), rs.getString(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("loading the ids of stored items", e);
        }
    }

    /** Stops taking batches, writes those already queued, and stops the writer thread. */
    @Override
    public void close() {
        synchronized (intake) {
            accepting = false;
        }
        try {
            writer.join(TimeUnit.SECONDS.toMillis(60));
            backfiller.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
