package io.clientela.action.rule;

import io.clientela.core.UsageException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A rule: a condition plus actions. Real-time rules name the kinds of item they listen to
 * ({@code on}); scheduled rules (early warnings) run over every customer or product
 * ({@code schedule}) every {@code every}. {@code cooldown} keeps a rule from firing again for the
 * same subject within that time. {@code line} is where the rule starts in its file.
 */
public record Rule(String id, String description, Set<String> on, String schedule, Duration every, String conditionText, Expr condition,
                   Duration cooldown, List<Action> actions, int line) {
    public static final Set<String> KINDS = Set.of("event", "feedback", "order", "ticket");
    public static final Set<String> SCHEDULES = Set.of("customers", "products");

    public Rule {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new UsageException("rule id '" + id + "' must be letters, digits, '-', '_' or '.'");
        }
        on = Set.copyOf(on);
        actions = List.copyOf(actions);
        if (on.isEmpty() == (schedule == null)) {
            throw new UsageException("rule '" + id + "' needs either 'on' (real time) or 'schedule' (early warning)");
        }
    }

    public boolean scheduled() {
        return schedule != null;
    }
}
