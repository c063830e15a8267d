package io.clientela.service.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.action.rule.Rule;
import io.clientela.action.rule.Trigger;
import io.clientela.core.UsageException;
import io.clientela.store.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An item for a dry run, as JSON: {@code {"kind": "feedback", "customer_id": 42, "nps": 3}} with kind
 * event|feedback|order|ticket, optional type, id and occurred_at; every other key (or the keys of
 * {@code properties}) is a property. Shared by {@code rules test} and {@code POST /api/v1/rules/test}.
 */
public final class TriggerJson {

    private TriggerJson() {
    }

    /** An item from its JSON; mistakes are usage errors naming {@code where} (the option or body field) and the field. */
    public static Trigger parse(String text, String where, Instant now) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UsageException(where + "is not JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (n == null || !n.isObject()) {
            throw new UsageException(where + "must be a JSON object such as {\"kind\": \"feedback\", \"customer_id\": 42, \"nps\": 3}");
        }
        String kind = n.path("kind").asText(null);
        if (kind == null || !Rule.KINDS.contains(kind)) {
            throw new UsageException(where + "field 'kind': expected event, feedback, order or ticket, found " + n.get("kind"));
        }
        Long customer = null;
        if (n.hasNonNull("customer_id")) {
            if (!n.get("customer_id").canConvertToLong() && !n.get("customer_id").asText().matches("\\d+")) {
                throw new UsageException(where + "field 'customer_id': expected a customer number, found " + n.get("customer_id"));
            }
            customer = n.get("customer_id").asLong();
        }
        Instant at = now;
        if (n.hasNonNull("occurred_at")) {
            try {
                at = Instant.parse(n.get("occurred_at").asText());
            } catch (DateTimeParseException e) {
                throw new UsageException(where + "field 'occurred_at': expected an ISO-8601 instant such as 2026-11-01T12:00:00Z, found "
                        + n.get("occurred_at"));
            }
        }
        Map<String, Object> props = new LinkedHashMap<>();
        JsonNode source = n.has("properties") && n.get("properties").isObject() ? n.get("properties") : n;
        for (Map.Entry<String, JsonNode> f : source.properties()) {
            if (source == n && List.of("kind", "type", "customer_id", "occurred_at", "id").contains(f.getKey())) {
                continue;
            }
            JsonNode v = f.getValue();
            props.put(f.getKey(), v.isNumber() ? (Object) v.asDouble() : v.isBoolean() ? (Object) v.asBoolean() : v.isNull() ? null : v.asText());
        }
        return new Trigger(kind, n.path("type").asText(null), customer, props, at, n.path("id").asText(null), false, n.path("source").asText(null));
    }
}
