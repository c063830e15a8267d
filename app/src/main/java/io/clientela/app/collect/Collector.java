package io.clientela.app.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.ingest.BatchImporter;
import io.clientela.ingest.BatchItem;
import io.clientela.ingest.Mapping;
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
    private final int maxQueuedItems;
    private final int maxGroupItems;
    private final LinkedBlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final CollectorStats.Counters counters = new CollectorStats.Counters();
    private final KnownIds known = new KnownIds();
    private final Thread writer;
    private volatile boolean accepting = true;

    public Collector(Workspace workspace, BatchImporter importer, Map<Kind, Mapping> mappings, CollectedItems listener, int maxQueuedItems,
                     int maxGroupItems) {
        if (maxQueuedItems < 1 || maxGroupItems < 1) {
            throw new IllegalArgumentException("collector: queue and group sizes must be positive, not " + maxQueuedItems + "/" + maxGroupItems);
        }
        this.workspace = workspace;
        this.importer = importer;
        this.mappings = new EnumMap<>(mappings);
        this.columns = new EnumMap<>(Kind.class);
        mappings.forEach((k, m) -> columns.put(k, BatchImporter.columns(m)));
        this.listener = listener;
        this.maxQueuedItems = maxQueuedItems;
        this.maxGroupItems = maxGroupItems;
        loadKnownIds();
        // batches are small: one DuckDB thread writes them, the other core parses the HTTP requests; and
        // planning, not running, dominates their statements: these optimizer passes cost several ms per
        // statement and gain nothing on a few thousand rows (semantics do not depend on them)
        io.clientela.store.Db.execute(workspace.connection(), "SET threads = 1");
        io.clientela.store.Db.execute(workspace.connection(), "SET disabled_optimizers = 'expression_rewriter,statistics_propagation,"
                + "compressed_materialization,in_clause,common_subexpressions'");
        this.writer = new Thread(this::writeLoop, "collector-writer");
        writer.setDaemon(true);
        writer.start();
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
        List<String> columns = this.columns.get(kind);
        List<BatchItem> items = new ArrayList<>(n);
        for (Row r : rows) {
            // the values are taken out of the JSON here, on the sender's thread, so the writer only writes
            List<String> values = null;
            if (r.node().isObject()) {
                values = new ArrayList<>(columns.size());
                for (String c : columns) {
                    values.add(text(r.node().get(c)));
                }
            }
            items.add(new BatchItem(origin, r.item(), r.node().toString(), values));
        }
        Submission s = new Submission(kind, source, origin, List.copyOf(rows), items, new CompletableFuture<>());
        queue.add(s);
        return s.future();
    }

    /** A JSON value as DuckDB's json_extract_string gives it: strings as they are, containers as JSON text, null as null. */
    static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return v.isValueNode() ? v.asText() : v.toString();
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
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                counters.failedGroups.incrementAndGet();
                group.forEach(s -> s.future().completeExceptionally(new CollectorFailedException("the batch could not be written ("
                        + e + "); nothing of it was kept", e)));
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

    /** Writes a group in one transaction and answers its batches; returns the items stored. */
    private List<CollectedItem> write(List<Submission> group) {
        GroupWrite g = new GroupWrite(importer, mappings, known, listener != CollectedItems.NONE);
        List<GroupWrite.Done> done;
        try {
            done = workspace.inTransaction(tx -> g.write(tx, group));
        } catch (RuntimeException e) {
            if (group.size() > 1) {
                List<CollectedItem> stored = new ArrayList<>();
                group.forEach(s -> stored.addAll(write(List.of(s))));
                return stored;
            }
            counters.failedGroups.incrementAndGet();
            group.get(0).future().completeExceptionally(new CollectorFailedException("the batch could not be written ("
                    + StoreException.firstLine(String.valueOf(e.getMessage())) + "); nothing of it was kept", e));
            return List.of();
        }
        counters.groups.incrementAndGet();
        List<CollectedItem> stored = new ArrayList<>();
        for (GroupWrite.Done d : done) {
            d.fingerprints().forEach(known::add);
            counters.count(d.receipt());
            d.submission().future().complete(d.receipt());
            stored.addAll(d.stored());
        }
        return stored;
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
        accepting = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A queued batch. */
    record Submission(Kind kind, String source, String origin, List<Row> rows, List<BatchItem> items, CompletableFuture<Receipt> future) {
    }
}
