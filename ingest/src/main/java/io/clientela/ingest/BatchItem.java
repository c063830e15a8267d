package io.clientela.ingest;

import java.util.List;

/**
 * One item of a collected batch: its JSON text (kept for the quarantine) and, when it is a JSON
 * object, the text of each source column of the mapping ({@link BatchImporter#columns(Mapping)}),
 * extracted by the caller as DuckDB's {@code json_extract_string} would (strings as they are,
 * numbers and booleans as written, objects and arrays as JSON text, null and absent as null).
 *
 * @param origin where it came from, named in its quarantine entry (e.g. {@code POST /api/v1/events #7})
 * @param item   its position in that request, from 1
 * @param json   the item's JSON text
 * @param values the column texts, or null when the item is not a JSON object (it is then rejected)
 */
public record BatchItem(String origin, int item, String json, List<String> values) {
    public BatchItem {
        if (origin == null || origin.isBlank()) {
            throw new IllegalArgumentException("batch item: origin is missing");
        }
        if (item < 1) {
            throw new IllegalArgumentException("batch item: item must be 1 or more, not " + item);
        }
        if (json == null) {
            throw new IllegalArgumentException("batch item: json is missing");
        }
        values = values == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public boolean object() {
        return values != null;
    }
}
