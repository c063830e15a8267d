package io.clientela.store.rules;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The feedback, tickets and orders of known customers stored in a period, oldest first, each with the
 * columns the live rules see ({@code kind}, {@code type}, {@code customer_id}, {@code occurred_at},
 * {@code id}, {@code source} and the item's own fields). A feedback item carries the sentiment of its
 * text from the latest voice run, when there is one. Lets the rules be replayed over items that came
 * in through an import rather than the collector (the demo's last week, a back-test).
 */
public final class RecentItems {
    private final Connection c;

    public RecentItems(Handle handle) {
        this.c = handle.connection();
    }

    /** Items that happened in {@code [from, to)}. */
    public List<Map<String, Object>> between(LocalDateTime from, LocalDateTime to) {
        boolean voice = Db.queryLong(c, "SELECT count(*) FROM voice_runs") > 0;
        String sentiment = voice ? """
                (SELECT v.sentiment FROM voice_responses v WHERE v.run_id = (SELECT max(run_id) FROM voice_runs)
                 AND v.source = f.source AND v.feedback_id = f.feedback_id AND NOT v.empty_text)""" : "NULL";
        return Db.query(c, """
                SELECT * FROM (
                  SELECT 'feedback' AS kind, f.survey AS type, f.customer_id, f.responded_at AS occurred_at, f.feedback_id AS id, f.source,
                         f.nps, f.csat, f.ces, f.text, f.language, f.product_id, f.channel, f.touchpoint, NULL AS category, NULL AS total_amount,
                         %s AS sentiment
                  FROM feedback f WHERE f.customer_id IS NOT NULL AND f.responded_at >= ? AND f.responded_at < ?
                  UNION ALL BY NAME
                  SELECT 'ticket' AS kind, t.category AS type, t.customer_id, t.opened_at AS occurred_at, t.ticket_id AS id, t.source,
                         t.channel, t.category, t.priority, t.satisfaction
                  FROM tickets t WHERE t.customer_id IS NOT NULL AND t.opened_at >= ? AND t.opened_at < ?
                  UNION ALL BY NAME
                  SELECT 'order' AS kind, o.status AS type, o.customer_id, o.ordered_at AS occurred_at, o.order_id AS id, o.source,
                         o.channel, o.country, o.currency, o.total_amount
                  FROM orders o WHERE o.customer_id IS NOT NULL AND o.ordered_at >= ? AND o.ordered_at < ?)
                ORDER BY occurred_at, kind, id""".formatted(sentiment), from, to, from, to, from, to);
    }
}
