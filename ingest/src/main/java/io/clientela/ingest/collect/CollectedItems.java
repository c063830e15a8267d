package io.clientela.ingest.collect;

import java.util.List;

/**
 * Hears, after each commit, the items the collector stored (duplicates and rejected items are not
 * included), in the order they arrived. This is where the rules engine plugs in.
 *
 * <p>Called on the collector's writer thread, after the transaction committed and after the senders
 * were answered: the items are durable whatever the listener does. It must return quickly (hand
 * slow work to a thread of its own), because the next group commit waits for it. An exception it
 * throws is counted in the collector's stats and otherwise ignored.
 */
@FunctionalInterface
public interface CollectedItems {
    CollectedItems NONE = items -> {
    };

    void collected(List<CollectedItem> items);
}
