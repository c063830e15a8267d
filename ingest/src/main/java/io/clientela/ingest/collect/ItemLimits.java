package io.clientela.ingest.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.ingest.BatchReport;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The collector's limits on one row, checked on the sender's thread before the batch is queued. An
 * id (the kind's own, {@code customer_id}, {@code email}, {@code anonymous_id}, {@code session_id},
 * {@code product_id}) must be a string or a number of at most {@value #MAX_ID} characters without
 * control characters; any other member, as text (an object or array as its JSON text), at most
 * {@value #MAX_TEXT}. A row that breaks one is rejected and quarantined with the field, its value
 * (cut short) and the limit; the batch's other rows are stored all the same.
 */
final class ItemLimits {
    /** Characters of an id. */
    static final int MAX_ID = 256;
    /** Characters of any other member (a feedback text, a URL, an event's properties as JSON text). */
    static final int MAX_TEXT = 8192;
    /** Characters of a value quoted in a rejection. */
    private static final int QUOTED = 200;
    private static final Set<String> IDS = Set.of("customer_id", "email", "anonymous_id", "session_id", "product_id");

    private ItemLimits() {
    }

    /** What {@code row} broke, or null when it keeps every limit (or is not an object: that is rejected later). */
    static BatchReport.Rejection check(Kind kind, JsonNode row) {
        if (!row.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = row.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = e.getKey();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            if (field.equals(kind.idColumn()) || IDS.contains(field)) {
                BatchReport.Rejection r = id(field, v);
                if (r != null) {
                    return r;
                }
                continue;
            }
            String text = v.isTextual() ? v.textValue() : v.isContainerNode() ? v.toString() : null;
            if (text != null && text.length() > MAX_TEXT) {
                return new BatchReport.Rejection(field, quote(text), text.length() + " characters" + (v.isContainerNode() ? " as JSON text" : "")
                        + "; at most " + MAX_TEXT + " are taken");
            }
        }
        return null;
    }

    private static BatchReport.Rejection id(String field, JsonNode v) {
        if (!v.isTextual() && !v.isNumber()) {
            String what = v.isArray() ? "an array" : v.isObject() ? "an object" : v.isBoolean() ? "a boolean" : v.getNodeType().name().toLowerCase();
            return new BatchReport.Rejection(field, quote(v.toString()), "an id must be a string or a number, not " + what);
        }
        String s = v.asText();
        if (s.length() > MAX_ID) {
            return new BatchReport.Rejection(field, quote(s), s.length() + " characters; an id has at most " + MAX_ID);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return new BatchReport.Rejection(field, quote(s), String.format("an id must not contain a control character; found U+%04X at "
                        + "character %d", (int) c, i + 1));
            }
        }
        return null;
    }

    /** The value as a rejection quotes it: at most {@value #QUOTED} characters, control characters written as {@code \\uXXXX}. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), QUOTED) + 8);
        for (int i = 0; i < s.length() && i < QUOTED; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > QUOTED) {
            b.append('…');
        }
        return b.toString();
    }
}
