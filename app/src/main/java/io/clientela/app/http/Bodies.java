package io.clientela.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.core.UsageException;
import io.clientela.store.Json;
import io.javalin.http.Context;

/** Request bodies, validated: a bad one is a 400 naming the field, what was found and what was expected. */
final class Bodies {
    private Bodies() {
    }

    /** The body as a JSON object; an empty body is an empty object when {@code emptyAllowed}. */
    static JsonNode object(Context ctx, String example, boolean emptyAllowed) {
        String text = ctx.body();
        if (text.isBlank()) {
            if (emptyAllowed) {
                return Json.MAPPER.createObjectNode();
            }
            throw new UsageException("body: expected a JSON object such as " + example + ", got an empty body");
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new UsageException("body: nested too deep, or a number or string too long, to be read; expected an object such as " + example);
        } catch (JsonProcessingException e) {
            // a parser limit (nesting, a number's length) has no location
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new UsageException("body is not JSON: " + e.getOriginalMessage() + where + "; expected an object such as " + example);
        }
        if (n == null || !n.isObject()) {
            throw new UsageException("body: expected a JSON object such as " + example + ", got " + (n == null ? "nothing" : n.getNodeType()));
        }
        return n;
    }

    /** A string field: null when absent (unless required), 400 when not a string, blank or too long. */
    static String text(JsonNode body, String field, int maxLength, boolean required, String example) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new UsageException("body field '" + field + "' is missing; expected for example " + example);
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new UsageException("body field '" + field + "': expected a non-empty string, got " + v);
        }
        if (v.asText().length() > maxLength) {
            throw new UsageException("body field '" + field + "': expected at most " + maxLength + " characters, got " + v.asText().length());
        }
        return v.asText().strip();
    }

    static String json(JsonNode n) {
        return Json.write(n);
    }
}
