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
 * @param values the column texts, or null when the item is not a JSON object or broke a limit of the
 *               collector's (it is then rejected)
 * @param broken the limit it broke (field, value and reason for its quarantine entry), or null: then a
 *               null {@code values} means it is not a JSON object
 */
public record BatchItem(String origin, int item, String json, List<String> values, BatchReport.Rejection broken) {
    public BatchItem(String origin, int item, String json, List<String> values) {
        this(origin, item, json, values, null);
    }

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
        if (broken != null && values != null) {
            throw new IllegalArgumentException("batch item: an item that broke a limit has no values");
        }
        values = values == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public boolean object() {
        return values != null;
    }
}
