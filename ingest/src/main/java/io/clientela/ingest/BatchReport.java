package io.clientela.ingest;

import java.util.List;
import java.util.Map;

/**
 * What one collected batch did, item by item, in the order the items were given.
 *
 * @param importId  the import id its rows and quarantine entries carry
 * @param outcomes  per item: stored, duplicate (its id was stored before or earlier in the batch) or rejected
 * @param rejected  per rejected item (by position, from 0): the first rule it failed; it is in the quarantine
 * @param stored    the rows written, as the entity table holds them (for orders: the orders)
 */
public record BatchReport(long importId, List<Outcome> outcomes, Map<Integer, Rejection> rejected, List<Map<String, Object>> stored) {

    public BatchReport {
        outcomes = List.copyOf(outcomes);
        rejected = Map.copyOf(rejected);
        stored = List.copyOf(stored);
    }

    /** What happened to one item. */
    public enum Outcome {
        STORED, DUPLICATE, REJECTED
    }

    /** Why an item was rejected: the field, its value as sent, and the rule it broke. */
    public record Rejection(String field, String value, String reason) {
    }
}
