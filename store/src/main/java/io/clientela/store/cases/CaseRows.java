package io.clientela.store.cases;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL over {@code cases}, {@code case_history} and {@code case_notes}; the caller decides which moves are allowed. */
public final class CaseRows {
    private static final String OVERDUE = """
            status NOT IN ('resolved', 'closed') AND due_at < ?
              AND (escalated_at IS NULL OR escalated_at + (due_at - opened_at) <= ?)""";
    private final Connection c;

    public CaseRows(Handle handle) {
        this.c = handle.connection();
    }

    /**
     * A case as it is opened: due at {@code dueAt}, with status {@code open} or {@code assigned}; the item that opened it is
     * {@code sourceKind} (feedback, event, order, ticket) {@code sourceId} from source system {@code sourceSystem}.
     */
    public record NewCase(Long customerId, String subject, String title, String priority, String status, String owner, String ruleId,
                          Long alertId, String sourceKind, String sourceSystem, String sourceId, LocalDateTime openedAt, LocalDateTime dueAt) {
    }

    /** One line of a case's history: a status change (from is null when it was opened) or an escalation. */
    public record Change(long caseId, LocalDateTime at, String from, String to, String actor, String detail) {
    }

    /** A case escalated by {@link #escalateOverdue}, with its new escalation level. */
    public record Escalated(long caseId, String owner, String priority, int level, String title, Long customerId) {
    }

    /** Stores a new case and returns its id. */
    public long insert(NewCase n) {
        return Db.queryLong(c, """
                INSERT INTO cases VALUES (nextval('case_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, 0, ?)
                RETURNING case_id""", n.customerId(), n.subject(), n.title(), n.priority(), n.status(), n.owner(), n.ruleId(), n.alertId(),
                n.sourceKind(), n.sourceId(), n.openedAt(), n.dueAt(), n.sourceSystem());
    }

    /** Appends lines to the history, in one statement. */
    public void history(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        for (Change ch : changes) {
            params.addAll(java.util.Arrays.asList(ch.caseId(), ch.at(), ch.from(), ch.to(), ch.actor(), ch.detail()));
        }
        Db.update(c, "INSERT INTO case_history VALUES " + String.join(", ", java.util.Collections.nCopies(changes.size(), "(?, ?, ?, ?, ?, ?)")),
                params.toArray());
    }

    /** The status of a case; empty when there is no such case. */
    public Optional<String> status(long id) {
        return Optional.ofNullable(Db.queryString(c, "SELECT status FROM cases WHERE case_id = ?", id));
    }

    public void assign(long id, String owner) {
        Db.update(c, "UPDATE cases SET status = 'assigned', owner = ? WHERE case_id = ?", owner, id);
    }

    /** In progress; the first start is the first contact. */
    public void start(long id, LocalDateTime at) {
        Db.update(c, "UPDATE cases SET status = 'in_progress', first_contact_at = coalesce(first_contact_at, ?) WHERE case_id = ?", at, id);
    }

    /** Resolved with an outcome; a case resolved without being started counts its resolution as the first contact. */
    public void resolve(long id, String outcome, LocalDateTime at) {
        Db.update(c, """
                UPDATE cases SET status = 'resolved', outcome = ?, resolved_at = ?, first_contact_at = coalesce(first_contact_at, ?)
                WHERE case_id = ?""", outcome, at, at, id);
    }

    public void close(long id, LocalDateTime at) {
        Db.update(c, "UPDATE cases SET status = 'closed', closed_at = ? WHERE case_id = ?", at, id);
    }

    public void note(long id, LocalDateTime at, String author, String text) {
        Db.update(c, "INSERT INTO case_notes VALUES (?, ?, ?, ?)", id, at, author, text);
    }

    /**
     * Escalates, in three statements whatever their number, every unresolved case past its due date
     * that was not escalated within the last SLA period (its due date minus its opening): raises its
     * level, notes it in the history and returns the escalated cases by id. Call it in a transaction.
     */
    public List<Escalated> escalateOverdue(LocalDateTime now) {
        List<Escalated> due = Db.query(c, "SELECT case_id, owner, priority, escalation_level + 1 AS level, title, customer_id FROM cases WHERE "
                + OVERDUE + " ORDER BY case_id", now, now).stream().map(r -> new Escalated(((Number) r.get("case_id")).longValue(),
                (String) r.get("owner"), (String) r.get("priority"), ((Number) r.get("level")).intValue(), (String) r.get("title"),
                r.get("customer_id") == null ? null : ((Number) r.get("customer_id")).longValue())).toList();
        if (!due.isEmpty()) {
            Db.update(c, "INSERT INTO case_history SELECT case_id, ?, NULL, 'escalated', 'schedule', concat('overdue; level ', escalation_level + 1) "
                    + "FROM cases WHERE " + OVERDUE, now, now, now);
            Db.update(c, "UPDATE cases SET escalated_at = ?, escalation_level = escalation_level + 1 WHERE " + OVERDUE, now, now, now);
        }
        return due;
    }

    /** Cases for a listing, newest first; status, owner and overdue (as of {@code now}) filter when given. */
    public List<Map<String, Object>> list(String status, String owner, boolean overdueOnly, LocalDateTime now, int limit) {
        return Db.query(c, """
                SELECT case_id, status, priority, owner, customer_id, opened_at, due_at,
                       (status NOT IN ('resolved', 'closed') AND due_at < ?) AS overdue, escalation_level AS escalations, outcome,
                       source_kind, source_id, title
                FROM cases WHERE (? IS NULL OR status = ?) AND (? IS NULL OR owner = ?)
                  AND (NOT ? OR (status NOT IN ('resolved', 'closed') AND due_at < ?))
                ORDER BY case_id DESC LIMIT ?""", now, status, status, owner, owner, overdueOnly, now, limit);
    }

    /** How many cases {@link #list} would show without its limit. */
    public long count(String status, String owner, boolean overdueOnly, LocalDateTime now) {
        return Db.queryLong(c, """
                SELECT count(*) FROM cases WHERE (? IS NULL OR status = ?) AND (? IS NULL OR owner = ?)
                  AND (NOT ? OR (status NOT IN ('resolved', 'closed') AND due_at < ?))""", status, status, owner, owner, overdueOnly, now);
    }

    /** One case with every column, its {@code notes} and its {@code history}, as a document for an answer; empty when there is no such case. */
    public Optional<Map<String, Object>> show(long id) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT * FROM cases WHERE case_id = ?", id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
        out.put("notes", Db.query(c, "SELECT noted_at, author, text FROM case_notes WHERE case_id = ? ORDER BY noted_at, rowid", id));
        out.put("history", Db.query(c, """
                SELECT changed_at, from_status, to_status, actor, detail FROM case_history WHERE case_id = ?
                ORDER BY changed_at, rowid""", id));
        return Optional.of(out);
    }
}
