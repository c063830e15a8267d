package io.clientela.ingest.collect;

import java.util.List;

/**
 * What became of one submitted batch, once it is committed.
 *
 * @param stored     items written now
 * @param duplicates items whose id was stored before (or earlier in the same batch): resending is safe
 * @param rejected   items that broke a field rule; each is in the quarantine under {@code origin}
 */
public record Receipt(String origin, int items, int stored, int duplicates, List<ItemError> rejected) {
    public Receipt {
        rejected = List.copyOf(rejected);
    }

    /** Why one item was rejected; {@code line} is the order line (from 1) or 0. */
    public record ItemError(int item, int line, String field, String value, String reason) {
    }
}
