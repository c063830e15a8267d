package io.clientela.action.alert;

import io.clientela.core.UsageException;
import java.time.LocalDateTime;

/** A stored alert: what happened, to whom it is routed, and what to do about it. */
public record Alert(long alertId, String ruleId, String subject, Long customerId, String priority, String title, String recommendation,
                    String routedTo, String routedBy, String sourceKind, String sourceId, LocalDateTime createdAt, Long caseId) {
    public Alert {
        if (title == null || title.isBlank()) {
            throw new UsageException("alert " + alertId + ": title must not be blank");
        }
    }

    public Alert withCase(long id) {
        return new Alert(alertId, ruleId, subject, customerId, priority, title, recommendation, routedTo, routedBy, sourceKind, sourceId, createdAt, id);
    }

    /** One plain-text paragraph, as an e-mail body or chat message says it. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append('[').append(priority.toUpperCase(java.util.Locale.ROOT)).append("] ").append(title).append('\n');
        if (recommendation != null && !recommendation.isBlank()) {
            b.append("Recommended: ").append(recommendation).append('\n');
        }
        b.append("Customer: ").append(customerId == null ? subject : customerId);
        b.append(" | rule ").append(ruleId).append(" | alert ").append(alertId);
        if (caseId != null) {
            b.append(" | case ").append(caseId);
        }
        if (sourceKind != null) {
            b.append(" | from ").append(sourceKind).append(sourceId == null ? "" : " " + sourceId);
        }
        b.append('\n').append("Routed to ").append(routedTo).append(" (").append(routedBy).append(")\n");
        return b.toString();
    }
}
