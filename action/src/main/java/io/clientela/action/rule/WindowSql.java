package io.clientela.action.rule;

import io.clientela.store.Db;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL behind the window functions: one grouped query per function call, for one subject (real
 * time) or for all subjects at once (scheduled runs), so early warnings over every customer cost one
 * query per window, not one per customer.
 */
final class WindowSql {
    private WindowSql() {
    }

    /** Values per subject id (customer id or product id as text); subjects without rows are absent. */
    static Map<String, Double> values(Connection c, Functions.Window w, boolean products, String subject, LocalDateTime now) {
        LocalDateTime to = now.minus(w.offset());
        LocalDateTime from = w.length() == null ? LocalDateTime.of(1900, 1, 1, 0, 0) : to.minus(w.length());
        String[] q = query(w, products);
        String subjectCol = q[0];
        String ts = q[1];
        String typeCol = q[2];
        String value = w.function().equals("days_since") ? "max(" + ts + ")" : q[3];
        StringBuilder sql = new StringBuilder("SELECT CAST(" + subjectCol + " AS VARCHAR) AS s, " + value + " AS v " + q[4]
                + " AND " + ts + " > ? AND " + ts + " <= ? AND " + subjectCol + " IS NOT NULL");
        List<Object> params = new java.util.ArrayList<>(List.of(from, to));
        if (w.type() != null && typeCol != null) {
            sql.append(" AND lower(").append(typeCol).append(") = lower(?)");
            params.add(w.type());
        }
        if (subject != null) {
            sql.append(" AND CAST(").append(subjectCol).append(" AS VARCHAR) = ?");
            params.add(subject);
        }
        sql.append(" GROUP BY 1");
        Map<String, Double> out = new HashMap<>();
        for (Map<String, Object> r : Db.query(c, sql.toString(), params.toArray())) {
            Object v = r.get("v");
            if (v instanceof LocalDateTime last) {
                out.put((String) r.get("s"), (double) Duration.between(last, now).toDays());
            } else if (v != null) {
                out.put((String) r.get("s"), ((Number) v).doubleValue());
            }
        }
        return out;
    }

    /** subject column, time column, type column, aggregate, FROM ... WHERE ... */
    private static String[] query(Functions.Window w, boolean products) {
        String returned = "(o.status = 'returned' OR EXISTS (SELECT 1 FROM order_lines r WHERE r.source = o.source AND r.order_id = o.order_id "
                + "AND r.returned_quantity > 0))";
        switch (w.function()) {
            case "revenue":
                return products
                        ? new String[] {"l.product_id", "o.ordered_at", null, "sum(l.amount - l.returned_quantity * l.unit_price)",
                            "FROM order_lines l JOIN orders o ON o.source = l.source AND o.order_id = l.order_id WHERE o.status <> 'cancelled'"}
                        : new String[] {"o.customer_id", "o.ordered_at", null, "sum(o.total_amount)", "FROM orders o WHERE o.status <> 'cancelled'"};
            case "abandoned_carts":
                return products
                        ? new String[] {"e.product_id", "e.occurred_at", null, "count(*)", "FROM events e WHERE e.type = 'add_to_cart' AND e.customer_id IS NOT NULL "
                            + "AND NOT EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.source = o.source AND l.order_id = o.order_id "
                            + "WHERE o.customer_id = e.customer_id AND l.product_id = e.product_id AND o.ordered_at >= e.occurred_at "
                            + "AND o.ordered_at <= e.occurred_at + INTERVAL 1 DAY)"}
                        : new String[] {"e.customer_id", "e.occurred_at", null, "count(*)", "FROM events e WHERE e.type = 'add_to_cart' "
                            + "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = e.customer_id AND o.ordered_at >= e.occurred_at "
                            + "AND o.ordered_at <= e.occurred_at + INTERVAL 1 DAY)"};
            default:
                break;
        }
        return switch (w.kind()) {
            case "event" -> new String[] {products ? "e.product_id" : "e.customer_id", "e.occurred_at", "e.type", "count(*)", "FROM events e WHERE true"};
            case "feedback" -> new String[] {products ? "f.product_id" : "f.customer_id", "f.responded_at", "f.survey", "count(*)", "FROM feedback f WHERE true"};
            case "ticket" -> new String[] {"t.customer_id", "t.opened_at", "t.category", "count(*)", "FROM tickets t WHERE true"};
            case "order" -> products
                    ? new String[] {"l.product_id", "o.ordered_at", "o.status", "count(DISTINCT o.order_id)",
                        "FROM order_lines l JOIN orders o ON o.source = l.source AND o.order_id = l.order_id WHERE true"}
                    : new String[] {"o.customer_id", "o.ordered_at", "o.status", "count(*)", "FROM orders o WHERE true"};
            default -> products
                    ? new String[] {"l.product_id", "o.ordered_at", null, "count(DISTINCT o.order_id)",
                        "FROM order_lines l JOIN orders o ON o.source = l.source AND o.order_id = l.order_id WHERE l.returned_quantity > 0"}
                    : new String[] {"o.customer_id", "o.ordered_at", null, "count(*)", "FROM orders o WHERE " + returned};
        };
    }
}
