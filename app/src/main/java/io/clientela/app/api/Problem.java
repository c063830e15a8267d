package io.clientela.app.api;

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

    Map<String, Object> body() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("status", status);
        m.put("detail", detail);
        m.putAll(extra);
        return m;
    }
}
