package io.clientela.store.value;

import io.clientela.core.ClientelaException;
import io.clientela.store.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Summarises every identified customer's purchases up to a calibration end, in one DuckDB
 * aggregate, the way the buy-till-you-die literature does: purchases on the same day are one
 * transaction; x counts repeat transactions, t_x and T are measured from the first purchase in the
 * given period unit; the mean value is over repeat transactions. Cancelled orders do not count.
 * Identical summaries are returned once with their count, so models fit on distinct rows only.
 */
public final class PurchaseHistory {
    private PurchaseHistory() {
    }

    /** One distinct (x, t_x, T, mean value) and how many customers share it. */
    public record Row(int x, double tx, double age, double meanValue, long customers) {
    }

    /** Days per period unit: day, week or month (30.4375 days). */
    public static double periodDays(String period) {
        return switch (period) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 30.4375;
            default -> throw new ClientelaException("period must be day, week or month, not '" + period + "'");
        };
    }

    public static List<Row> summarise(Connection c, LocalDate calibrationEnd, String period) {
        double unit = periodDays(period);
        Map<String, Object> span = Db.query(c, "SELECT CAST(min(ordered_at) AS DATE) AS first, CAST(max(ordered_at) AS DATE) AS last, count(*) AS n "
                + "FROM orders WHERE customer_id IS NOT NULL AND status <> 'cancelled'").get(0);
        if (((Number) span.get("n")).longValue() == 0) {
            throw new ClientelaException("the workspace has no orders of identified customers; import orders first");
        }
        LocalDate first = (LocalDate) span.get("first");
        if (calibrationEnd.isBefore(first)) {
            throw new ClientelaException("calibration end " + calibrationEnd + " is before the first order (" + first + ")");
        }
        String sql = """
                WITH days AS (
                    SELECT customer_id, d, value, min(d) OVER (PARTITION BY customer_id) AS first
                    FROM (SELECT customer_id, CAST(ordered_at AS DATE) AS d, sum(total_amount) AS value
                          FROM orders
                          WHERE customer_id IS NOT NULL AND status <> 'cancelled' AND CAST(ordered_at AS DATE) <= ?
                          GROUP BY customer_id, d)),
                per_customer AS (
                    SELECT customer_id, count(*) - 1 AS x, first, max(d) AS last,
                           coalesce(avg(value) FILTER (WHERE d > first), 0) AS m
                    FROM days GROUP BY customer_id, first)
                SELECT x, round(date_diff('day', first, last) / ?, 10) AS tx, round(date_diff('day', first, CAST(? AS DATE)) / ?, 10) AS t,
                       round(CAST(m AS DOUBLE), 6) AS m, count(*) AS n
                FROM per_customer GROUP BY ALL ORDER BY x, tx, t, m
                """;
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, calibrationEnd);
            ps.setDouble(2, unit);
            ps.setObject(3, calibrationEnd);
            ps.setDouble(4, unit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new io.clientela.store.StoreException(sql, e);
        }
        return rows;
    }
}
