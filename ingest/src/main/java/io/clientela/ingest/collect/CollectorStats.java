package io.clientela.ingest.collect;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The collector's counters since start.
 *
 * @param queuedItems      items waiting for the writer now
 * @param maxQueuedItems   the bound; a batch beyond it is refused (429)
 * @param refusedBatches   batches refused because the queue was full
 * @param groups           group commits done
 * @param failedGroups     transactions that failed (their batches were answered with an error)
 * @param listenerFailures times the {@link CollectedItems} listener threw
 * @param knownIds         ids of stored items held for spotting resent ones
 * @param fastParts        parts of groups (one kind, one source) appended as they were, all clean and of known customers
 * @param fullParts        parts that went through the full SQL checks (a rejection, a resent id, orders)
 * @param fastFailures     batches the fast path failed on, written again through the full checks (should stay 0)
 * @param checkpoints      checkpoints the writer ran while idle
 * @param checkpointMillis time they took, in all
 * @param backfills        transactions that gave anonymous visitors' earlier events their customer, after the batches that linked them
 * @param backfilledEvents events they gave a customer
 * @param backfillMillis   time they took, in all
 * @param backfillFailures such transactions that failed (their work stays noted and is tried again)
 * @param unlinkedIdentifies         identify and login events whose customer id named no customer the
 *                                   workspace had: each made a new, nameless customer (often a write key of
 *                                   the wrong source: its {@code source} must be the one the ids live in)
 * @param unlinkedIdentifiesBySource the same, per source (the key's)
 */
public record CollectorStats(int queuedItems, int maxQueuedItems, long batches, long stored, long duplicates, long rejected,
                             long refusedBatches, long groups, long failedGroups, long listenerFailures, int knownIds, long fastParts,
                             long fullParts, long fastFailures, long checkpoints, long checkpointMillis, long backfills,
                             long backfilledEvents, long backfillMillis, long backfillFailures, long unlinkedIdentifies,
                             Map<String, Long> unlinkedIdentifiesBySource) {

    public CollectorStats {
        unlinkedIdentifiesBySource = Collections.unmodifiableMap(new TreeMap<>(unlinkedIdentifiesBySource));
    }

    /** The live counters behind a snapshot. */
    static final class Counters {
        final AtomicLong batches = new AtomicLong();
        final AtomicLong stored = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong refusedBatches = new AtomicLong();
        final AtomicLong groups = new AtomicLong();
        final AtomicLong failedGroups = new AtomicLong();
        final AtomicLong listenerFailures = new AtomicLong();
        final AtomicLong fastParts = new AtomicLong();
        final AtomicLong fullParts = new AtomicLong();
        final AtomicLong fastFailures = new AtomicLong();
        final AtomicLong checkpoints = new AtomicLong();
        final AtomicLong checkpointNanos = new AtomicLong();
        final AtomicLong backfills = new AtomicLong();
        final AtomicLong backfilledEvents = new AtomicLong();
        final AtomicLong backfillNanos = new AtomicLong();
        final AtomicLong backfillFailures = new AtomicLong();
        final Map<String, Long> unlinked = new ConcurrentHashMap<>();

        void unlinked(String source, long n) {
            unlinked.merge(source, n, Long::sum);
        }

        void count(Receipt r) {
            batches.incrementAndGet();
            stored.addAndGet(r.stored());
            duplicates.addAndGet(r.duplicates());
            rejected.addAndGet(r.items() - r.stored() - r.duplicates());
        }

        CollectorStats snapshot(int queued, int max, int known) {
            return new CollectorStats(queued, max, batches.get(), stored.get(), duplicates.get(), rejected.get(), refusedBatches.get(),
                    groups.get(), failedGroups.get(), listenerFailures.get(), known, fastParts.get(), fullParts.get(), fastFailures.get(), checkpoints.get(),
                    checkpointNanos.get() / 1_000_000, backfills.get(), backfilledEvents.get(), backfillNanos.get() / 1_000_000, backfillFailures.get(),
                    unlinked.values().stream().mapToLong(Long::longValue).sum(), Map.copyOf(unlinked));
        }
    }
}
