package io.clientela.store.customers;

import io.clientela.store.Db;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer's touchpoints, newest first, each as {@code occurred_at, kind, source} and its facts
 * apart ({@code facts}: id, status, amount and currency, type, category, scores, text, ...), so a
 * reader can name every fact in its own language instead of reading one English sentence. One query
 * per touchpoint, each answered from its customer index (a UNION ALL would scan the large tables).
 */
final class Timeline {
    private static final List<String> QUERIES = List.of(
            "SELECT ordered_at AS occurred_at, 'order' AS kind, source, order_id AS id, status, total_amount AS amount, upper(currency) AS currency, "
                    + "channel FROM orders WHERE customer_id = ?",
            "SELECT occurred_at, 'event' AS kind, source, type, product_id AS product, channel, url AS page FROM events WHERE customer_id = ?",
            "SELECT opened_at AS occurred_at, 'ticket' AS kind, source, ticket_id AS id, category, priority, "
                    + "CASE WHEN closed_at IS NULL THEN 'open' ELSE 'closed' END AS status, outcome FROM tickets WHERE customer_id = ?",
            "SELECT responded_at AS occurred_at, 'feedback' AS kind, source, survey, nps, csat, ces, left(text, 200) AS text FROM feedback "
                    + "WHERE customer_id = ?",
            "SELECT coalesce(closed_at, created_at) AS occurred_at, 'opportunity' AS kind, source, coalesce(name, opportunity_id) AS name, stage, "
                    + "status, amount, upper(currency) AS currency FROM opportunities WHERE customer_id = ?",
            "SELECT occurred_at, 'activity' AS kind, source, type, outcome FROM activities WHERE customer_id = ?",
            "SELECT cc.contacted_at AS occurred_at, 'campaign' AS kind, cc.source, coalesce(k.name, cc.campaign_id) AS name, cc.responded, "
                    + "cc.converted FROM campaign_contacts cc LEFT JOIN campaigns k ON k.source = cc.source AND k.campaign_id = cc.campaign_id "
                    + "WHERE cc.customer_id = ?");
    private final Connection c;

    Timeline(Connection c) {
        this.c = c;
    }

    List<Map<String, Object>> of(long customerId, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String sql : QUERIES) {
            for (Map<String, Object> row : Db.query(c, sql, customerId)) {
                Map<String, Object> r = new LinkedHashMap<>();
                Map<String, Object> facts = new LinkedHashMap<>();
                row.forEach((k, v) -> {
                    if (k.equals("occurred_at") || k.equals("kind") || k.equals("source")) {
                        r.put(k, v);
                    } else if (v != null) {
                        facts.put(k, v);
                    }
                });
                r.put("facts", facts);
                all.add(r);
            }
        }
        all.sort(Comparator.comparing((Map<String, Object> m) -> (LocalDateTime) m.get("occurred_at"), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(m -> (String) m.get("kind")));
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }
}
