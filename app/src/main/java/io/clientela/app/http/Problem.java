package io.clientela.app.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer: {@code {"title", "status", "detail"}} (after RFC 9457), with endpoint-specific
 * members after them, e.g. the per-item {@code errors} of a collected batch.
 */
record Problem(String title, int status, String detail, Map<String, Object> extra) {
    Problem {
        extra = extra == null ? Map.of() : new LinkedHashMap<>(extra);
    }

    Problem(int status, String detail) {
        this(title(status), status, detail, Map.of());
    }

    Map<String, Object> body() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("status", status);
        m.put("detail", detail);
        m.putAll(extra);
        return m;
    }

    /** The one set of titles. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 422 -> "Unprocessable content";
            case 429 -> "Too many requests";
            case 500 -> "Internal server error";
            case 503 -> "Service unavailable";
            default -> "HTTP " + status;
        };
    }
}
