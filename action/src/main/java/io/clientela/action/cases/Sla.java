package io.clientela.action.cases;

import io.clientela.core.UsageException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Time to resolve per priority; a case is due {@code opened + sla(priority)} and overdue after that. */
public record Sla(Map<String, Duration> byPriority) {
    public static final List<String> PRIORITIES = List.of("urgent", "high", "normal", "low");
    private static final Map<String, Duration> DEFAULT_TIMES = Map.of("urgent", Duration.ofHours(4), "high", Duration.ofHours(24),
            "normal", Duration.ofDays(3), "low", Duration.ofDays(7));
    /** urgent 4 h, high 24 h, normal 3 days, low 7 days. */
    public static final Sla DEFAULT = new Sla(Map.of());

    public Sla {
        Map<String, Duration> all = new LinkedHashMap<>(DEFAULT_TIMES);
        byPriority.forEach((k, v) -> {
            check(k);
            if (v.isNegative() || v.isZero()) {
                throw new UsageException("the SLA for " + k + " must be longer than zero");
            }
            all.put(k, v);
        });
        byPriority = Map.copyOf(all);
    }

    public Duration of(String priority) {
        check(priority);
        return byPriority.get(priority);
    }

    /** Refuses a priority that is not urgent, high, normal or low. */
    static void check(String priority) {
        if (!PRIORITIES.contains(priority)) {
            throw new UsageException("unknown priority '" + priority + "'; use " + String.join(", ", PRIORITIES));
        }
    }
}
