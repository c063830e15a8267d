package io.clientela.store.alerts;

import io.clientela.store.query.AgentScope;
import io.clientela.store.query.Conditions;
import io.clientela.store.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The alert list of the Act pages: alerts with how many of their deliveries failed, filtered and within the caller's scope. */
public final class AlertQueries {
    private AlertQueries() {
    }

    /** Which alerts: every list empty (and the customer null) means all of them. */
    public record Selection(List<String> status, List<String> priority, List<String> ruleId, List<String> routedTo, Long customerId) {
    }

    public static ListQuery list(Selection s, AgentScope scope) {
        List<Object> p = new ArrayList<>();
        List<String> and = new ArrayList<>();
        Conditions.in(and, p, "a.status", s.status());
        Conditions.in(and, p, "a.priority", s.priority());
        Conditions.in(and, p, "a.rule_id", s.ruleId());
        Conditions.in(and, p, "a.routed_to", s.routedTo());
        Conditions.equal(and, p, "a.customer_id", s.customerId());
        and.add(scope.alerts(p));
        return new ListQuery("""
                a.alert_id, a.created_at, a.priority, a.status, a.rule_id, a.customer_id, a.routed_to, a.routed_by, a.case_id, a.title, \
                a.recommendation, a.source_kind, a.source_id, (SELECT count(*) FROM deliveries d WHERE d.alert_id = a.alert_id \
                AND d.status = 'failed') AS failed_deliveries""", "alerts a WHERE " + String.join(" AND ", and), p,
                Set.of("alert_id", "created_at", "priority", "status", "rule_id", "routed_to", "customer_id"), "alert_id");
    }
}
