package io.clientela.ingest;

import java.math.BigDecimal;
import java.util.List;

/** The collection rule for one field of one entity; null members do not apply. */
public record FieldRule(Boolean required, BigDecimal min, BigDecimal max, String pattern, List<String> allowed,
                        String references, Boolean notInFuture) {

    public static final FieldRule NONE = new FieldRule(null, null, null, null, null, null, null);

    public FieldRule {
        allowed = allowed == null ? null : List.copyOf(allowed);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    /** This rule with every non-null member of {@code override} replacing its own. */
    public FieldRule overriddenBy(FieldRule override) {
        return new FieldRule(pick(override.required, required), pick(override.min, min), pick(override.max, max),
                pick(override.pattern, pattern), pick(override.allowed, allowed), pick(override.references, references),
                pick(override.notInFuture, notInFuture));
    }

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    private static <T> T pick(T a, T b) {
        return a != null ? a : b;
    }
}
