package io.clientela.store.rules;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.rules.WindowQuery.Per;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL behind the window functions: one grouped query per window, for one subject (real time) or
 * for all subjects at once (scheduled runs), so early warnings over every customer cost one query per
 * window, not one per customer.
 */
public final class RuleWindows {
    private static final String SELECT = """
            SELECT CAST(%1$s AS VARCHAR) AS s, %2$s AS v
            %3$s
              AND %4$s > ? AND %4$s <= ? AND %1$s IS NOT NULL""";
    private static final String LINES = "FROM order_lines l JOIN orders o ON o.source = l.source AND o.order_id = l.order_id";
    private final Connection c;

    public RuleWindows(Handle handle) {
        this.c = handle.connection();
    }

    /** Where a window's items come from: subject, time and type columns, the aggregate and the FROM ... WHERE ... clause. */
    private record Source(String subject, String time, String type, String aggregate, String from) {
    }

    /**
     * The window's value per subject id (customer id or product id as text), for one subject or,
     * with {@code subject} null, for all; subjects without items in the window are absent.
     */
    public Map<String, Double> values(WindowQuery q, String subject) {
        Source s = source(q);
        String value = q.measure() == WindowQuery.Measure.DAYS_SINCE ? "max(" + s.time() + ")" : s.aggregate();
        StringBuilder sql = new StringBuilder(SELECT.formatted(s.subject(), value, s.from(), s.time()));
        List<Object> params = new ArrayList<>(List.of(q.from(), q.to()));
        if (q.type() != null && s.type() != null) {
            sql.append(" AND lower(").append(s.type()).append(") = lower(?)");
            params.add(q.type());
        }
        if (subject != null) {
            sql.append(" AND CAST(").append(s.subject()).append(" AS VARCHAR) = ?");
            params.add(subject);
        }
        sql.append(" GROUP BY 1");
        Map<String, Double> out = new HashMap<>();
        for (Map<String, Object> r : Db.query(c, sql.toString(), params.toArray())) {
            Object v = r.get("v");
            if (v instanceof LocalDateTime last) {
                out.put((String) r.get("s"), (double) Duration.between(last, q.to()).toDays());
            } else if (v != null) {
                out.put((String) r.get("s"), ((Number) v).doubleValue());
            }
        }
        return out;
    }

    private static Source source(WindowQuery q) {
        boolean products = q.per() == Per.PRODUCT;
        return switch (q.measure()) {
            case REVENUE -> products
                    ? new Source("l.product_id", "o.ordered_at", null, "sum(l.amount - l.returned_quantity * l.unit_price)",
                        LINES + " WHERE o.status <> 'cancelled'")
                    : new Source("o.customer_id", "o.ordered_at", null, "sum(o.total_amount)", "FROM orders o WHERE o.status <> 'cancelled'");
            case ABANDONED_CARTS -> products
                    ? new Source("e.product_id", "e.occurred_at", null, "count(*)", """
                        FROM events e WHERE e.type = 'add_to_cart' AND e.customer_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM orders o JOIN order_lines l ON l.source = o.source AND l.order_id = o.order_id
                                          WHERE o.customer_id = e.customer_id AND l.product_id = e.product_id
                                            AND o.ordered_at >= e.occurred_at AND o.ordered_at <= e.occurred_at + INTERVAL 1 DAY)""")
                    : new Source("e.customer_id", "e.occurred_at", null, "count(*)", """
                        FROM events e WHERE e.type = 'add_to_cart'
                          AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = e.customer_id
                                            AND o.ordered_at >= e.occurred_at AND o.ordered_at <= e.occurred_at + INTERVAL 1 DAY)""");
            case COUNT, DAYS_SINCE -> items(q.items(), products);
        };
    }

    private static Source items(WindowQuery.Items items, boolean products) {
        return switch (items) {
            case EVENT -> new Source(products ? "e.product_id" : "e.customer_id", "e.occurred_at", "e.type", "count(*)", "FROM events e WHERE true");
            case FEEDBACK -> new Source(products ? "f.product_id" : "f.customer_id", "f.responded_at", "f.survey", "count(*)",
                    "FROM feedback f WHERE true");
            case TICKET -> new Source("t.customer_id", "t.opened_at", "t.category", "count(*)", "FROM tickets t WHERE true");
            case ORDER -> products
                    ? new Source("l.product_id", "o.ordered_at", "o.status", "count(DISTINCT o.order_id)", LINES + " WHERE true")
                    : new Source("o.customer_id", "o.ordered_at", "o.status", "count(*)", "FROM orders o WHERE true");
            case RETURN -> products
                    ? new Source("l.product_id", "o.ordered_at", null, "count(DISTINCT o.order_id)", LINES + " WHERE l.returned_quantity > 0")
                    : new Source("o.customer_id", "o.ordered_at", null, "count(*)", """
                        FROM orders o
                        WHERE (o.status = 'returned' OR EXISTS (SELECT 1 FROM order_lines r WHERE r.source = o.source AND r.order_id = o.order_id
                                                                AND r.returned_quantity > 0))""");
        };
    }
}
