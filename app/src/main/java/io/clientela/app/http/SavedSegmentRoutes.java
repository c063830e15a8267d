package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.store.segments.SavedSegments;
import io.clientela.store.segments.SavedSegments.SavedSegment;
import io.clientela.store.value.ValueRuns;
import io.clientela.store.voice.VoiceQueries;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved segments ({@link SavedSegments}): "save as segment" on the customer list keeps its filters
 * under a name; {@code saved=<id>} applies them again on the customer list and in the segment
 * builder. Everyone may list them (they hold filters, never a search text); analysts and admins
 * save and delete them.
 */
final class SavedSegmentRoutes {
    private static final String EXAMPLE = "{\"name\": \"German champions\", \"filters\": {\"rfm_segment\": \"champions\", \"country\": \"DE\"}}";

    private SavedSegmentRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/saved-segments", Role.ALL, "Saved segments: number, name, filters (the customer list's parameters), who saved it and when",
                List.of(), false, false, call -> call.ctx().json(Map.of("items", new SavedSegments(call.c()).list())));
        api.post("/api/v1/saved-segments", Role.ANALYSTS, "Save the customer list's filters as a named segment: " + EXAMPLE + "; the filters "
                + "are checked as the list checks them (the search text q is not a filter and is not kept)", false, SavedSegmentRoutes::save);
        api.delete("/api/v1/saved-segments/{id}", Role.ANALYSTS, "Delete a saved segment", false, call -> {
            new SavedSegments(call.c()).delete(Params.id(call.ctx(), "id"));
            call.ctx().status(204);
        });
    }

    private static void save(Call call) {
        JsonNode body = Bodies.object(call.ctx(), EXAMPLE, false);
        body.fieldNames().forEachRemaining(f -> {
            if (!f.equals("name") && !f.equals("filters")) {
                throw new UsageException("body field '" + f + "' is not known; expected for example " + EXAMPLE);
            }
        });
        String name = Bodies.text(body, "name", 80, true, EXAMPLE);
        JsonNode given = body.path("filters");
        if (!given.isObject()) {
            throw new UsageException("body field 'filters': expected an object of filter names and values, for example " + EXAMPLE);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        given.fields().forEachRemaining(e -> {
            if (!CustomerList.FILTERS.contains(e.getKey())) {
                throw new UsageException("body field 'filters': unknown filter '" + e.getKey() + "'; a saved segment keeps "
                        + String.join(", ", CustomerList.FILTERS));
            }
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new UsageException("body field 'filters': filter '" + e.getKey() + "' needs a text or number, got " + e.getValue());
            }
            if (!e.getValue().asText().isBlank()) {
                filters.put(e.getKey(), e.getValue().asText().strip());
            }
        });
        // checked as the list would check them, against the latest runs
        CustomerList.criteria(call, filters, new ValueRuns(call.c()).latest(), new VoiceQueries(call.c()).latestRun());
        SavedSegment s = new SavedSegments(call.c()).save(name, CustomerList.filtersOnly(filters), call.session().user().username(),
                LocalDateTime.now(call.app().clock()).withNano(0));
        call.ctx().status(201).json(s);
    }
}
