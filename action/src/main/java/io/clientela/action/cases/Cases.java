package io.clientela.action.cases;

import io.clientela.core.ConflictException;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.store.Handle;
import io.clientela.store.cases.CaseRows;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Follow-up cases in the store. Every status change is kept in {@code case_history}; the first move
 * to in progress is the first contact. A move the lifecycle does not allow is refused with the
 * moves that are. Each change is one transaction (or part of the caller's, such as a rule firing's).
 */
public final class Cases {
    private final Handle handle;
    private final CaseRows rows;
    private final Sla sla;

    public Cases(Handle handle, Sla sla) {
        this.handle = handle;
        this.rows = new CaseRows(handle);
        this.sla = sla;
    }

    /** A case opened by a rule or by hand; with an owner it starts assigned. Its source is item {@code sourceId} of system {@code sourceSystem}. */
    public record NewCase(Long customerId, String subject, String title, String priority, String owner, String ruleId, Long alertId,
                          String sourceKind, String sourceSystem, String sourceId) {
        public NewCase {
            Sla.check(priority);
            if (title == null || title.isBlank()) {
                throw new UsageException("a case needs a title");
            }
        }
    }

    public long open(NewCase n, LocalDateTime at) {
        LocalDateTime due = at.plus(sla.of(n.priority()));
        boolean owned = n.owner() != null && !n.owner().isBlank();
        String actor = n.ruleId() == null ? "user" : "rule " + n.ruleId();
        return handle.inTransaction(() -> {
            long id = rows.insert(new CaseRows.NewCase(n.customerId(), n.subject(), n.title(), n.priority(), owned ? "assigned" : "open",
                    owned ? n.owner() : null, n.ruleId(), n.alertId(), n.sourceKind(), n.sourceSystem(), n.sourceId(), at,
                    due));
            CaseRows.Change opened = new CaseRows.Change(id, at, null, CaseStatus.OPEN.label(), actor, "due " + due);
            rows.history(owned ? List.of(opened, new CaseRows.Change(id, at, CaseStatus.OPEN.label(), CaseStatus.ASSIGNED.label(), "routing",
                    "owner " + n.owner())) : List.of(opened));
            return id;
        });
    }

    public void assign(long id, String owner, String actor, LocalDateTime at) {
        if (owner == null || owner.isBlank()) {
            throw new UsageException("case " + id + ": an owner is needed to assign it");
        }
        move(id, CaseStatus.ASSIGNED, actor, "owner " + owner, at, () -> rows.assign(id, owner));
    }

    /** Work started: the customer was contacted (the first time sets the first-contact time). */
    public void start(long id, String actor, LocalDateTime at) {
        move(id, CaseStatus.IN_PROGRESS, actor, null, at, () -> rows.start(id, at));
    }

    public void note(long id, String author, String text, LocalDateTime at) {
        status(id);
        if (text == null || text.isBlank()) {
            throw new UsageException("case " + id + ": the note is empty");
        }
        rows.note(id, at, author, text);
    }

    public void resolve(long id, String outcome, String actor, LocalDateTime at) {
        if (!CaseStatus.OUTCOMES.contains(outcome)) {
            throw new UsageException("case " + id + ": unknown outcome '" + outcome + "'; use " + String.join(", ", CaseStatus.OUTCOMES));
        }
        move(id, CaseStatus.RESOLVED, actor, "outcome " + outcome, at, () -> rows.resolve(id, outcome, at));
    }

    public void close(long id, String actor, LocalDateTime at) {
        move(id, CaseStatus.CLOSED, actor, null, at, () -> rows.close(id, at));
    }

    /**
     * Escalates every unresolved case past its due date that was not escalated within the last SLA
     * period; returns the escalated cases with their new level.
     */
    public List<CaseRows.Escalated> escalateOverdue(LocalDateTime now) {
        return handle.inTransaction(() -> rows.escalateOverdue(now));
    }

    /** Cases, newest first; status, owner and overdue (as of {@code now}) filter when given. */
    public List<Map<String, Object>> list(String status, String owner, boolean overdueOnly, LocalDateTime now, int limit) {
        return rows.list(status, owner, overdueOnly, now, limit);
    }

    /** How many cases {@link #list} selects without its limit. */
    public long count(String status, String owner, boolean overdueOnly, LocalDateTime now) {
        return rows.count(status, owner, overdueOnly, now);
    }

    /** One case with its notes and history. */
    public Map<String, Object> show(long id) {
        return rows.show(id).orElseThrow(() -> notFound(id));
    }

    private CaseStatus status(long id) {
        return CaseStatus.of(rows.status(id).orElseThrow(() -> notFound(id)));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no case " + id + "; 'clientela cases list' shows them");
    }

    /** Checks the move against the lifecycle, then makes it and notes it in the history, in one transaction. */
    private void move(long id, CaseStatus to, String actor, String detail, LocalDateTime at, Runnable write) {
        handle.inTransaction(() -> {
            CaseStatus from = status(id);
            if (!from.next().contains(to)) {
                throw new ConflictException("case " + id + " is " + from.label() + " and cannot become " + to.label() + (from.next().isEmpty()
                        ? " (it is final)" : "; it can become " + String.join(", ", from.next().stream().map(CaseStatus::label).sorted().toList())));
            }
            write.run();
            rows.history(List.of(new CaseRows.Change(id, at, from.label(), to.label(), actor, detail)));
        });
    }
}
