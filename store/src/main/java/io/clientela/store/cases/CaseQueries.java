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

    /**
     * The feedback, event, order or ticket case {@code caseId} was opened for; null when there is none,
     * or when the case is outside the caller's scope. Item ids are unique only within their source
     * system, so the item is looked up by the case's kind, source system and id, and must belong to
     * the case's customer (and, for an agent, be in their scope). A case stored before source
     * systems were kept (system null) shows its customer's item with that id only when there is
     * exactly one.
     */
    public Map<String, Object> source(long caseId, AgentScope scope) {
        List<Object> p = new ArrayList<>(List.of(caseId));
        String inScope = scope.cases(p);
        List<Map<String, Object>> cases = Db.query(c, "SELECT source_kind, source_system, source_id, customer_id FROM cases k WHERE k.case_id = ? AND "
                + inScope, p.toArray());
        if (cases.isEmpty() || cases.get(0).get("source_kind") == null || cases.get(0).get("source_id") == null) {
            return null;
        }
        Map<String, Object> k = cases.get(0);
        String from = switch ((String) k.get("source_kind")) {
            case "feedback" -> """
                    SELECT source, feedback_id, customer_id, responded_at, survey, channel, product_id, nps, csat, ces, language, text
                    FROM feedback i WHERE i.feedback_id = ?""";
            case "event" -> """
                    SELECT source, event_id, customer_id, type, occurred_at, channel, url, product_id, CAST(properties AS VARCHAR) AS properties
                    FROM events i WHERE i.event_id = ?""";
            case "order" -> "SELECT * EXCLUDE (import_id) FROM orders i WHERE i.order_id = ?";
            case "ticket" -> "SELECT * EXCLUDE (import_id) FROM tickets i WHERE i.ticket_id = ?";
            default -> null;
        };
        if (from == null) {
            return null;
        }
        List<Object> q = new ArrayList<>();
        q.add(k.get("source_id"));
        q.add(k.get("customer_id"));
        String sql = from + " AND i.customer_id IS NOT DISTINCT FROM CAST(? AS BIGINT)";
        if (k.get("source_system") != null) {
            sql += " AND i.source = ?";
            q.add(k.get("source_system"));
        }
        sql += " AND " + scope.customers("i.customer_id", q) + " LIMIT 2";
        List<Map<String, Object>> rows = Db.query(c, sql, q.toArray());
        return rows.size() == 1 ? rows.get(0) : null;
    }
}
