package io.clientela.ingest;

/**
 * One item of a collected batch, as JSON text.
 *
 * @param origin where it came from, named in its quarantine entry (e.g. {@code POST /api/v1/events})
 * @param item   its position in that request, from 1
 * @param json   the item's JSON text
 * @param object whether the text is a JSON object (anything else is rejected)
 */
public record BatchItem(String origin, int item, String json, boolean object) {
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
    }
}
