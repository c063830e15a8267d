package io.clientela.ingest.collect;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One item the collector has durably stored, as the listener hears of it.
 *
 * @param customerId the resolved customer profile, or null for an anonymous event
 * @param type       the event type; {@code feedback} or {@code order} for those kinds
 * @param occurredAt when it happened (UTC): occurred_at, responded_at or ordered_at
 * @param fields     every column of the stored row; an event's {@code properties} as a map
 */
public record CollectedItem(Kind kind, String source, String id, Long customerId, String type, LocalDateTime occurredAt,
                            Map<String, Object> fields) {
    public CollectedItem {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
