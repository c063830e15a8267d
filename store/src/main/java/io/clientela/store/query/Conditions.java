package io.clientela.store.query;

import java.util.List;

/** Small builders of bound SQL conditions for the list queries: each adds its condition to {@code and} and its values to {@code params}. */
public final class Conditions {
    private Conditions() {
    }

    /** {@code column IN (?, ...)}, or nothing when {@code values} is empty. */
    public static void in(List<String> and, List<Object> params, String column, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        and.add(column + " IN (" + String.join(", ", values.stream().map(x -> "?").toList()) + ")");
        params.addAll(values);
    }

    /** {@code column = ?}, or nothing when {@code value} is null. */
    public static void equal(List<String> and, List<Object> params, String column, Object value) {
        if (value == null) {
            return;
        }
        and.add(column + " = ?");
        params.add(value);
    }
}
