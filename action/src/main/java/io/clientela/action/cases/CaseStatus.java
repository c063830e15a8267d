package io.clientela.action.cases;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The lifecycle of a case; {@link #next()} lists where each status may go. */
public enum CaseStatus {
    OPEN, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED;

    Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(ASSIGNED, IN_PROGRESS, RESOLVED);
            case ASSIGNED -> Set.of(ASSIGNED, IN_PROGRESS, RESOLVED);
            case IN_PROGRESS -> Set.of(ASSIGNED, RESOLVED);
            case RESOLVED -> Set.of(CLOSED, IN_PROGRESS);
            case CLOSED -> Set.of();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CaseStatus of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    public static final List<String> OUTCOMES = List.of("recovered", "lost", "no_action_needed", "unreachable", "other");
}
