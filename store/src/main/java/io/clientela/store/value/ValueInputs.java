package io.clientela.store.value;

import io.clientela.core.value.CustomerInputs;
import io.clientela.core.value.ValueWindow;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

/**
 * Aggregates orders, order lines and feedback to one row per customer in DuckDB, so only the
 * per-customer figures reach Java. The treatments, as documented in {@code docs/value.md}:
 * <ul>
 *   <li>a <em>purchase</em> is an order that is not cancelled and whose total is not negative (a
 *       credit note is no purchase); orders on the same day are one purchase;
 *   <li>net revenue: completed orders less the value of returned items, cancelled, returned and
 *       pending orders count nothing, credit notes (negative totals) are subtracted; converted to the
 *       base currency;
 *   <li>margin: (quantity − returned) × (unit price − product cost) over the lines of completed
 *       orders and credit notes whose product has a cost;
 *   <li>satisfaction index: each rated response scores NPS × 10 or (CSAT − 1) × 25 (their mean
 *       when it has both), 0..100, weighted by 0.5^(age in days / 180) at the as-of date;
 *   <li>orders and responses dated after the as-of date are left out and counted in {@link DataSpan}.
 * </ul>
 */
public final class ValueInputs {
    /** Half-life of a survey response's weight in the satisfaction index, in days. */
    public static final int SATISFACTION_HALF_LIFE_DAYS = 180;

    private ValueInputs() {
    }

    /** What the workspace holds around the as-of date. */
    public static DataSpan span(Handle h, LocalDate asOf) {
        Connection c = h.connection();
        Map<String, Object> r = Db.query(c, """
                SELECT CAST(min(ordered_at) FILTER (WHERE customer_id IS NOT NULL) AS DATE) AS first,
                       CAST(max(ordered_at) FILTER (WHERE customer_id IS NOT NULL) AS DATE) AS last,
                       count(*) FILTER (WHERE customer_id IS NOT NULL) AS orders,
                       count(*) FILTER (WHERE customer_id IS NOT NULL AND CAST(ordered_at AS DATE) > ?) AS after,
                       count(*) FILTER (WHERE customer_id IS NULL) AS anonymous
                FROM orders
                """, asOf).get(0);
        long feedbackAfter = Db.queryLong(c, "SELECT count(*) FROM feedback WHERE customer_id IS NOT NULL AND CAST(responded_at AS DATE) > ?", asOf);
        return new DataSpan((LocalDate) r.get("first"), (LocalDate) r.get("last"), ((Number) r.get("orders")).longValue(),
                ((Number) r.get("after")).longValue(), feedbackAfter, ((Number) r.get("anonymous")).longValue());
    }

    /**
     * Creates the two temporary tables the value analyses share, so the orders and lines are
     * joined and converted once per run: {@code value_orders} (every order up to the as-of date,
     * anonymous ones too: customer, day, whether it is a purchase, its net value in the base
     * currency, whether its lines count as revenue) and {@code value_lines} (the lines of those
     * orders that count: customer, product, category, net revenue, margin where the cost is known,
     * an order key). Drop them with {@link #release}.
     */
    public static void prepare(Handle h, ValueWindow window, Currency currency) {
        Connection c = h.connection();
        String asOf = "DATE '" + window.asOf() + "'";
        Db.execute(c, """
                CREATE OR REPLACE TEMP TABLE value_orders AS
                WITH returned AS (
                    SELECT source, order_id, sum(returned_quantity * CAST(unit_price AS DOUBLE)) AS value
                    FROM order_lines WHERE returned_quantity > 0 GROUP BY ALL)
                SELECT o.customer_id, o.source, o.order_id, CAST(o.ordered_at AS DATE) AS d,
                       o.status <> 'cancelled' AND coalesce(o.total_amount, 0) >= 0 AS purchase,
                       CASE WHEN o.total_amount < 0 THEN %s
                            WHEN o.status = 'completed' THEN %s
                            ELSE 0 END AS value,
                       o.status = 'completed' OR o.total_amount < 0 AS counts,
                       o.currency
                FROM orders o LEFT JOIN returned r USING (source, order_id)
                WHERE CAST(o.ordered_at AS DATE) <= %s
                """.formatted(currency.toBase("o.total_amount", "o.currency"), currency.toBase("o.total_amount - coalesce(r.value, 0)", "o.currency"),
                asOf));
        String price = currency.toBase("l.unit_price", "o.currency");
        Db.execute(c, """
                CREATE OR REPLACE TEMP TABLE value_lines AS
                SELECT o.customer_id, l.product_id, coalesce(p.category, 'unknown') AS category, hash(o.source, o.order_id) AS order_key,
                       (l.quantity - l.returned_quantity) * %s AS revenue,
                       CASE WHEN p.cost IS NULL THEN NULL ELSE (l.quantity - l.returned_quantity) * (%s - %s) END AS margin
                FROM order_lines l JOIN value_orders o USING (source, order_id) LEFT JOIN products p ON p.product_id = l.product_id
                WHERE o.counts
                """.formatted(price, price, currency.toBase("p.cost", "coalesce(p.currency, o.currency)")));
    }

    /** Drops the tables of {@link #prepare}. */
    public static void release(Handle h) {
        Connection c = h.connection();
        Db.execute(c, "DROP TABLE IF EXISTS value_orders");
        Db.execute(c, "DROP TABLE IF EXISTS value_lines");
    }

    /** The inputs of every customer with a purchase up to the as-of date, in customer id order; needs {@link #prepare}. */
    public static CustomerInputs load(Handle h, ValueWindow window) {
        Connection c = h.connection();
        String asOf = "DATE '" + window.asOf() + "'";
        String cal = "DATE '" + window.calibrationEnd() + "'";
        String sql = """
                CREATE OR REPLACE TEMP TABLE value_inputs AS
                WITH days AS (
                    SELECT customer_id, d, bool_or(purchase) AS purchase, count(*) FILTER (WHERE purchase) AS orders,
                           sum(value) AS value
                    FROM value_orders WHERE customer_id IS NOT NULL GROUP BY customer_id, d),
                per_customer AS (
                    SELECT customer_id,
                           min(d) FILTER (WHERE purchase) AS first_day,
                           max(d) FILTER (WHERE purchase) AS last_day,
                           count(*) FILTER (WHERE purchase) AS purchase_days,
                           sum(orders) AS orders,
                           sum(value) AS revenue,
                           max(d) FILTER (WHERE purchase AND d <= %2$s) AS last_cal,
                           count(*) FILTER (WHERE purchase AND d <= %2$s) AS days_cal,
                           sum(value) FILTER (WHERE purchase AND d <= %2$s) AS value_cal,
                           sum(value) FILTER (WHERE purchase) AS value_all,
                           arg_min(value, d) FILTER (WHERE purchase) AS first_value,
                           count(*) FILTER (WHERE purchase AND d > %2$s) AS holdout
                    FROM days GROUP BY customer_id),
                margins AS (
                    SELECT customer_id, sum(margin) AS margin FROM value_lines
                    WHERE customer_id IS NOT NULL AND margin IS NOT NULL GROUP BY customer_id),
                feedback_scores AS (
                    SELECT customer_id, sum(w * s) / sum(w) AS satisfaction, count(*) AS responses
                    FROM (SELECT customer_id,
                                 CASE WHEN nps IS NOT NULL AND csat IS NOT NULL THEN (nps * 10 + (csat - 1) * 25) / 2.0
                                      WHEN nps IS NOT NULL THEN nps * 10.0
                                      WHEN csat IS NOT NULL THEN (csat - 1) * 25.0 END AS s,
                                 pow(0.5, date_diff('day', CAST(responded_at AS DATE), %1$s) / %3$d.0) AS w
                          FROM feedback WHERE customer_id IS NOT NULL AND CAST(responded_at AS DATE) <= %1$s)
                    WHERE s IS NOT NULL GROUP BY customer_id)
                SELECT p.*, m.margin, f.satisfaction, f.responses
                FROM per_customer p LEFT JOIN margins m USING (customer_id) LEFT JOIN feedback_scores f USING (customer_id)
                WHERE p.first_day IS NOT NULL
                """.formatted(asOf, cal, SATISFACTION_HALF_LIFE_DAYS);
        Db.execute(c, sql);
        try {
            int n = Db.queryLong(c, "SELECT count(*) FROM value_inputs").intValue();
            CustomerInputs in = new CustomerInputs(n, (int) window.asOf().toEpochDay());
            read(c, in);
            return in;
        } finally {
            Db.execute(c, "DROP TABLE IF EXISTS value_inputs");
        }
    }

    private static void read(Connection c, CustomerInputs in) {
        String sql = """
                SELECT customer_id, epoch_ms(first_day) // 86400000, epoch_ms(last_day) // 86400000, purchase_days, orders, revenue,
                       margin, days_cal, epoch_ms(last_cal) // 86400000, value_cal, first_value, holdout, satisfaction, responses, value_all
                FROM value_inputs ORDER BY customer_id
                """;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int i = 0;
            while (rs.next()) {
                in.customerId()[i] = rs.getLong(1);
                in.firstDay()[i] = rs.getInt(2);
                in.lastDay()[i] = rs.getInt(3);
                in.purchaseDays()[i] = rs.getInt(4);
                in.orders()[i] = rs.getInt(5);
                in.revenue()[i] = rs.getDouble(6);
                double margin = rs.getDouble(7);
                in.margin()[i] = rs.wasNull() ? Double.NaN : margin;
                int daysInCalibration = rs.getInt(8);
                in.repeatDaysInCalibration()[i] = daysInCalibration - 1;
                in.lastDayInCalibration()[i] = daysInCalibration == 0 ? -1 : rs.getInt(9);
                double repeatValue = rs.getDouble(10) - rs.getDouble(11);
                in.meanRepeatValue()[i] = daysInCalibration > 1 ? repeatValue / (daysInCalibration - 1) : 0;
                in.holdoutDays()[i] = rs.getInt(12);
                double satisfaction = rs.getDouble(13);
                in.satisfaction()[i] = rs.wasNull() ? Double.NaN : satisfaction;
                in.responses()[i] = rs.getInt(14);
                int days = in.purchaseDays()[i];
                in.meanRepeatValueAll()[i] = days > 1 ? (rs.getDouble(15) - rs.getDouble(11)) / (days - 1) : 0;
                i++;
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }
}
