package io.clientela.store.cases;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.query.AgentScope;
import io.clientela.store.query.Conditions;
import io.clientela.store.query.ListQuery;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one case page shows beside the case itself: whether the caller may see it, its alerts, and the item that opened it. */
public final class CaseQueries {
    private final Connection c;

    public CaseQueries(Handle h) {
        this.c = h.connection();
    }

    /** Which cases: every list empty, the customer and {@code overdue} null, means all of them. */
    public record Selection(List<String> status, List<String> owner, List<String> priority, Long customerId, Boolean overdue) {
    }

    /** The case list: each case with whether it is overdue at {@code now}, filtered and within the caller's scope (an agent sees the cases they own). */
    public static ListQuery list(Selection s, LocalDateTime now, AgentScope scope) {
        List<Object> p = new ArrayList<>();
        p.add(now);
        List<String> and = new ArrayList<>();
        Conditions.in(and, p, "k.status", s.status());
        Conditions.in(and, p, "k.owner", s.owner());
        Conditions.in(and, p, "k.priority", s.priority());
        Conditions.equal(and, p, "k.customer_id", s.customerId());
        if (s.overdue() != null) {
            and.add((s.overdue() ? "" : "NOT ") + "k.overdue");
        }
        and.add(scope.cases(p));
        return new ListQuery("""
                k.case_id, k.status, k.priority, k.owner, k.customer_id, k.title, k.opened_at, k.due_at, k.overdue, k.first_contact_at,                 k.resolved_at, k.closed_at, k.outcome, k.escalation_level AS escalations, k.rule_id, k.alert_id, k.source_kind, k.source_id""",
                "(SELECT *, (status NOT IN ('resolved', 'closed') AND due_at < ?) AS overdue FROM cases) k WHERE " + String.join(" AND ", and), p,
                Set.of("case_id", "status", "priority", "owner", "customer_id", "opened_at", "due_at"), "case_id");
    }

    /** Whether the case exists and lies in the caller's scope (an agent sees the cases they own). */
    public boolean visible(long caseId, AgentScope scope) {
        List<Object> p = new ArrayList<>(List.of(caseId));
        String where = scope.cases(p);
        return Db.queryLong(c, "SELECT count(*) FROM cases k WHERE k.case_id = ? AND " + where, p.toArray()) > 0;
    }

    /** The alerts of a case: those raised for it and the one that opened it. */
    public List<Map<String, Object>> alerts(long caseId, Object openingAlertId) {
        return Db.query(c, """
                SELECT alert_id, created_at, priority, status, routed_to, title FROM alerts
                WHERE case_id = ? OR alert_id = ? ORDER BY alert_id""", caseId, openingAlertId);
    }

    /** The feedback, event, order or ticket a case was opened for, by its kind and id; null when there is none. */
    public Map<String, Object> source(String kind, String id) {
        List<Map<String, Object>> rows = switch (kind) {
            case "feedback" -> Db.query(c, """
                    SELECT source, feedback_id, customer_id, responded_at, survey, channel, product_id, nps, csat, ces, language, text
                    FROM feedback WHERE feedback_id = ? LIMIT 1""", id);
            case "event" -> Db.query(c, """
                    SELECT source, event_id, customer_id, type, occurred_at, channel, url, product_id, CAST(properties AS VARCHAR) AS properties
                    FROM events WHERE event_id = ? LIMIT 1""", id);
            case "order" -> Db.query(c, "SELECT * EXCLUDE (import_id) FROM orders WHERE order_id = ? LIMIT 1", id);
            case "ticket" -> Db.query(c, "SELECT * EXCLUDE (import_id) FROM tickets WHERE ticket_id = ? LIMIT 1", id);
            default -> List.of();
        };
        return rows.isEmpty() ? null : rows.get(0);
    }
}
