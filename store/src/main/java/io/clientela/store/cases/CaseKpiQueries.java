package io.clientela.store.cases;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Map;

/** The counts and medians behind the follow-up KPIs, over feedback given and cases opened in a period. */
public final class CaseKpiQueries {
    private final Connection c;

    public CaseKpiQueries(Handle handle) {
        this.c = handle.connection();
    }

    /**
     * Negative feedback (NPS 0-6) given in the period, and how much of it was followed up: a case
     * links to it, or a case for the same customer was opened within 7 days after it.
     */
    public record FollowUp(long negativeFeedback, long followedUp) {
    }

    /**
     * Cases opened in the period: how many, how many are still open and overdue (as of now), the median
     * hours from opening to first contact and to closing (null without such cases), how many were
     * resolved as recovered and how many with any outcome.
     */
    public record CaseCounts(long cases, long open, long overdue, Double medianHoursToFirstContact, Double medianHoursToClose, long recovered,
                             long withOutcome) {
    }

    public FollowUp followUp(LocalDateTime from, LocalDateTime to) {
        // two equi-joins instead of one EXISTS with OR, which DuckDB runs as a nested loop (minutes at 200k feedback x 100k cases)
        Map<String, Object> r = Db.query(c, """
                WITH neg AS (SELECT row_number() OVER () AS n, feedback_id, customer_id, responded_at FROM feedback
                             WHERE nps <= 6 AND responded_at >= ? AND responded_at < ?),
                     followed AS (SELECT f.n FROM neg f JOIN cases k ON k.source_kind = 'feedback' AND k.source_id = f.feedback_id
                                  UNION
                                  SELECT f.n FROM neg f JOIN cases k ON k.customer_id = f.customer_id AND k.opened_at >= f.responded_at
                                      AND k.opened_at <= f.responded_at + INTERVAL 7 DAY)
                SELECT (SELECT count(*) FROM neg) AS negative_feedback, (SELECT count(*) FROM followed) AS followed_up""", from, to).get(0);
        return new FollowUp(count(r, "negative_feedback"), count(r, "followed_up"));
    }

    public CaseCounts cases(LocalDateTime from, LocalDateTime to, LocalDateTime now) {
        Map<String, Object> r = Db.query(c, """
                SELECT count(*) AS cases,
                       count(*) FILTER (WHERE status NOT IN ('resolved', 'closed')) AS open_cases,
                       count(*) FILTER (WHERE status NOT IN ('resolved', 'closed') AND due_at < ?) AS overdue_cases,
                       median(epoch(first_contact_at - opened_at) / 3600.0) AS median_hours_to_first_contact,
                       median(epoch(closed_at - opened_at) / 3600.0) AS median_hours_to_close,
                       count(*) FILTER (WHERE outcome = 'recovered') AS recovered,
                       count(*) FILTER (WHERE outcome IS NOT NULL) AS with_outcome
                FROM cases WHERE opened_at >= ? AND opened_at < ?""", now, from, to).get(0);
        return new CaseCounts(count(r, "cases"), count(r, "open_cases"), count(r, "overdue_cases"), hours(r, "median_hours_to_first_contact"),
                hours(r, "median_hours_to_close"), count(r, "recovered"), count(r, "with_outcome"));
    }

    private static long count(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static Double hours(Map<String, Object> row, String column) {
        return row.get(column) == null ? null : ((Number) row.get(column)).doubleValue();
    }
}
