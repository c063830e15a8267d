package io.clientela.action.rule;

import java.util.List;

/**
 * One rule firing: the rule, its subject (customer or product id), what triggered it (an item, or
 * {@code schedule}), how deep in a chain of raised events it was, and what its actions did (or, in a
 * dry run, would do).
 */
public record Firing(String ruleId, String subject, String triggerKind, String triggerType, String triggerId, int depth, List<String> actions,
                     Long alertId, Long caseId) {
    public Firing {
        actions = List.copyOf(actions);
    }
}
