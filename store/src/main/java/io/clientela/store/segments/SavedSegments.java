package io.clientela.store.segments;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.core.ConflictException;
import io.clientela.core.NotFoundException;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.Json;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved segments: a name for a filter set of the customer list, kept as the list's query parameters
 * (name to value). What the parameters mean is the customer list's business; this class stores
 * them as they are.
 */
public final class SavedSegments {
    private final Connection c;

    public SavedSegments(Handle h) {
        this.c = h.connection();
    }

    /** One saved segment: its number, name, filters (parameter name to value), who saved it and when. */
    public record SavedSegment(@JsonProperty("segment_id") long id, String name, Map<String, String> filters,
                               @JsonProperty("created_by") String createdBy, @JsonProperty("created_at") LocalDateTime createdAt) {
        public SavedSegment {
            filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        }
    }

    /** Saves a filter set under a name not yet taken (409 when it is). */
    public SavedSegment save(String name, Map<String, String> filters, String by, LocalDateTime at) {
        return Db.inTransaction(c, tx -> {
            if (Db.queryLong(tx, "SELECT count(*) FROM saved_segments WHERE lower(name) = lower(?)", name) > 0) {
                throw new ConflictException("a saved segment named '" + name + "' exists already; choose another name or delete that one");
            }
            long id = Db.queryLong(tx, "SELECT nextval('saved_segment_seq')");
            Db.update(tx, "INSERT INTO saved_segments VALUES (?, ?, ?, ?, ?)", id, name, Json.write(filters), by, at);
            return new SavedSegment(id, name, filters, by, at);
        });
    }

    /** Every saved segment, by name. */
    public List<SavedSegment> list() {
        List<SavedSegment> out = new ArrayList<>();
        for (Map<String, Object> r : Db.query(c, "SELECT * FROM saved_segments ORDER BY lower(name), segment_id")) {
            out.add(row(r));
        }
        return out;
    }

    /** The saved segment with this number (404 when there is none). */
    public SavedSegment get(long id) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT * FROM saved_segments WHERE segment_id = ?", id);
        if (rows.isEmpty()) {
            throw new NotFoundException("no saved segment " + id + "; see /api/v1/saved-segments");
        }
        return row(rows.get(0));
    }

    /** Deletes a saved segment (404 when there is none). */
    public void delete(long id) {
        if (Db.update(c, "DELETE FROM saved_segments WHERE segment_id = ?", id) == 0) {
            throw new NotFoundException("no saved segment " + id + "; see /api/v1/saved-segments");
        }
    }

    private static SavedSegment row(Map<String, Object> r) {
        Map<String, String> filters = new LinkedHashMap<>();
        JsonNode f = Json.tree(String.valueOf(r.get("filters")));
        f.fields().forEachRemaining(e -> filters.put(e.getKey(), e.getValue().asText()));
        return new SavedSegment(((Number) r.get("segment_id")).longValue(), (String) r.get("name"), filters, (String) r.get("created_by"),
                (LocalDateTime) r.get("created_at"));
    }
}
