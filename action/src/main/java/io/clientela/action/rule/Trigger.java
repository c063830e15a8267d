package io.clientela.action.rule;

import io.clientela.core.UsageException;
import java.time.Instant;
import java.util.Map;

/**
 * An incoming item the rules look at: its kind (event, feedback, order, ticket), type (event type,
 * survey, order status, ticket category), customer, properties (nps, sentiment, product_id, ...),
 * when it happened, its id and the source system it came from (ids are unique only within one;
 * null when unknown, as in a dry run). {@code persisted} says whether the item is already in the
 * store: window counts then find it there; a dry run's item is not, and is counted on top.
 */
public record Trigger(String kind, String type, Long customerId, Map<String, Object> properties, Instant occurredAt, String id, boolean persisted,
                      String source) {
    public Trigger {
        if (kind == null || !Rule.KINDS.contains(kind)) {
            throw new UsageException("trigger kind must be one of event, feedback, order, ticket; found " + kind);
        }
        if (occurredAt == null) {
            throw new UsageException("trigger occurredAt must not be null");
        }
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** An item of no known source system (a dry run's, or one a rule raised). */
    public Trigger(String kind, String type, Long customerId, Map<String, Object> properties, Instant occurredAt, String id, boolean persisted) {
        this(kind, type, customerId, properties, occurredAt, id, persisted, null);
    }

    /** An item already stored by the collector or an import, from source system {@code source}. */
    public static Trigger stored(String kind, String type, Long customerId, Map<String, Object> properties, Instant occurredAt, String id,
                                 String source) {
        return new Trigger(kind, type, customerId, properties, occurredAt, id, true, source);
    }

    /** An item already stored, of no known source system. */
    public static Trigger stored(String kind, String type, Long customerId, Map<String, Object> properties, Instant occurredAt, String id) {
        return stored(kind, type, customerId, properties, occurredAt, id, null);
    }
}
