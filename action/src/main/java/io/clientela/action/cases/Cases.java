package io.clientela.action.cases;

import io.clientela.core.ConflictException;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.store.Db;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follow-up cases in the store. Every status change is kept in {@code case_history}; the first move
 * to in progress is the first contact. A move the lifecycle does not allow is refused with the
 * moves that are.
 */
public final class Cases {
    private final Connection c;
    private final Sla sla;

    public Cases(Connection connection, Sla sla) {
        this.c = connection;
        this.sla = sla;
    }

    /** A case opened by a rule or by hand; with an owner it starts assigned. */
    public record NewCase(Long customerId, String subject, String title, String priority, String owner, String ruleId, Long alertId,
                          String sourceKind, String sourceId) {
        public NewCase {
            if (!Sla.PRIORITIES.contains(priority)) {
                throw new IllegalArgumentException("unknown priority '" + priority + "'; use " + String.join(", ", Sla.PRIORITIES));
            }
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a case needs a title");
            }
        }
    }

    public long open(NewCase n, LocalDateTime at) {
        LocalDateTime due = at.plus(sla.of(n.priority()));
        boolean owned = n.owner() != null && !n.owner().isBlank();
        long id = ((Number) Db.queryValue(c, "INSERT INTO cases VALUES (nextval('case_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, "
                + "NULL, 0) RETURNING case_id", n.customerId(), n.subject(), n.title(), n.priority(), owned ? "assigned" : "open", owned ? n.owner() : null,
                n.ruleId(), n.alertId(), n.sourceKind(), n.sourceId(), at, due)).longValue();
        String actor = n.ruleId() == null ? "user" : "rule " + n.ruleId();
        if (owned) {
            Db.update(c, "INSERT INTO case_history VALUES (?, ?, NULL, 'open', ?, ?), (?, ?, 'open', 'assigned', 'routing', ?)", id, at, actor, "due " + due,
                    id, at, "owner " + n.owner());
        } else {
            history(id, null, CaseStatus.OPEN, actor, "due " + due, at);
        }
        return id;
    }

    public void assign(long id, String owner, String actor, LocalDateTime at) {
        if (owner == null || owner.isBlank()) {
            throw new UsageException("case " + id + ": an owner is needed to assign it");
        }
        CaseStatus from = move(id, CaseStatus.ASSIGNED);
        Db.update(c, "UPDATE cases SET status = 'assigned', owner = ? WHERE case_id = ?", owner, id);
        history(id, from, CaseStatus.ASSIGNED, actor, "owner " + owner, at);
    }

    /** Work started: the customer was contacted (the first time sets the first-contact time). */
    public void start(long id, String actor, LocalDateTime at) {
        CaseStatus from = move(id, CaseStatus.IN_PROGRESS);
        Db.update(c, "UPDATE cases SET status = 'in_progress', first_contact_at = coalesce(first_contact_at, ?) WHERE case_id = ?", at, id);
        history(id, from, CaseStatus.IN_PROGRESS, actor, null, at);
    }

    public void note(long id, String author, String text, LocalDateTime at) {
        row(id);
        if (text == null || text.isBlank()) {
            throw new UsageException("case " + id + ": the note is empty");
        }
        Db.update(c, "INSERT INTO case_notes VALUES (?, ?, ?, ?)", id, at, author, text);
    }

    public void resolve(long id, String outcome, String actor, LocalDateTime at) {
        if (!CaseStatus.OUTCOMES.contains(outcome)) {
            throw new UsageException("case " + id + ": unknown outcome '" + outcome + "'; use " + String.join(", ", CaseStatus.OUTCOMES));
        }
        CaseStatus from = move(id, CaseStatus.RESOLVED);
        Db.update(c, "UPDATE cases SET status = 'resolved', outcome = ?, resolved_at = ?, first_contact_at = coalesce(first_contact_at, ?) "
                + "WHERE case_id = ?", outcome, at, at, id);
        history(id, from, CaseStatus.RESOLVED, actor, "outcome " + outcome, at);
    }

    public void close(long id, String actor, LocalDateTime at) {
        CaseStatus from = move(id, CaseStatus.CLOSED);
        Db.update(c, "UPDATE cases SET status = 'closed', closed_at = ? WHERE case_id = ?", at, id);
        history(id, from, CaseStatus.CLOSED, actor, null, at);
    }

    /**
     * Escalates every unresolved case past its due date that was not escalated within the last SLA
     * period; returns the escalated cases (id, owner, priority, level, title, customer_id).
     */
    public List<Map<String, Object>> escalateOverdue(LocalDateTime now) {
        List<Map<String, Object>> due = Db.query(c, """
                SELECT case_id, owner, priority, escalation_level + 1 AS level, title, customer_id FROM cases
                WHERE status NOT IN ('resolved', 'closed') AND due_at < ?
                  AND (escalated_at IS NULL OR escalated_at + (due_at - opened_at) <= ?) ORDER BY case_id""", now, now);
        for (Map<String, Object> r : due) {
            long id = ((Number) r.get("case_id")).longValue();
            Db.update(c, "UPDATE cases SET escalated_at = ?, escalation_level = escalation_level + 1 WHERE case_id = ?", now, id);
            Db.update(c, "INSERT INTO case_history VALUES (?, ?, NULL, 'escalated', 'schedule', ?)", id, now, "overdue; level " + r.get("level"));
        }
        return due;
    }

    /** Cases, newest first; status, owner and overdue (as of {@code now}) filter when given. */
    public List<Map<String, Object>> list(String status, String owner, boolean overdueOnly, LocalDateTime now, int limit) {
        return Db.query(c, """
                SELECT case_id, status, priority, owner, customer_id, opened_at, due_at,
                       (status NOT IN ('resolved', 'closed') AND due_at < ?) AS overdue, escalation_level AS escalations, outcome,
                       source_kind, source_id, title
                FROM cases WHERE (? IS NULL OR status = ?) AND (? IS NULL OR owner = ?)
                  AND (NOT ? OR (status NOT IN ('resolved', 'closed') AND due_at < ?))
                ORDER BY case_id DESC LIMIT ?""", now, status, status, owner, owner, overdueOnly, now, limit);
    }

    /** One case with its notes and history. */
    public Map<String, Object> show(long id) {
        Map<String, Object> out = new LinkedHashMap<>(row(id));
        out.put("notes", Db.query(c, "SELECT noted_at, author, text FROM case_notes WHERE case_id = ? ORDER BY noted_at, rowid", id));
        out.put("history", Db.query(c, "SELECT changed_at, from_status, to_status, actor, detail FROM case_history WHERE case_id = ? "
                + "ORDER BY changed_at, rowid", id));
        return out;
    }

    private Map<String, Object> row(long id) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT * FROM cases WHERE case_id = ?", id);
        if (rows.isEmpty()) {
            throw new NotFoundException("no case " + id + "; 'clientela cases list' shows them");
        }
        return rows.get(0);
    }

    private CaseStatus move(long id, CaseStatus to) {
        CaseStatus from = CaseStatus.of((String) row(id).get("status"));
        if (!from.next().contains(to)) {
            throw new ConflictException("case " + id + " is " + from.label() + " and cannot become " + to.label()
                    + (from.next().isEmpty() ? " (it is final)" : "; it can become " + String.join(", ", from.next().stream().map(CaseStatus::label).sorted().toList())));
        }
        return from;
    }

    private void history(long id, CaseStatus from, CaseStatus to, String actor, String detail, LocalDateTime at) {
        Db.update(c, "INSERT INTO case_history VALUES (?, ?, ?, ?, ?, ?)", id, at, from == null ? null : from.label(), to.label(), actor, detail);
    }
}
