package io.clientela.store.value;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate side of a value run, computed in DuckDB from the tables of
 * {@link ValueInputs#prepare}: product revenue for the product ABC, acquisition cohorts, and
 * roll-ups of the per-customer results by country, region, channel, cohort, product category and
 * for the company.
 */
public final class ValueRollups {
    /** Most groups kept per dimension; the rest is summed into one "(other)" group. */
    public static final int MAX_GROUPS = 500;

    private final Connection c;
    private final String asOf;

    public ValueRollups(Handle h, LocalDate asOf) {
        this.c = h.connection();
        this.asOf = "DATE '" + asOf + "'";
    }

    /** Net revenue per product in the base currency up to the as-of date, largest first. */
    public List<Map<String, Object>> productRevenue() {
        return Db.query(c, "SELECT product_id, sum(revenue) AS revenue FROM value_lines GROUP BY product_id ORDER BY revenue DESC, product_id");
    }

    /**
     * Customers by the month of their first purchase × months since: active customers (with a
     * purchase in that month), retention (active / cohort size) and net revenue.
     */
    public List<Map<String, Object>> cohorts() {
        return Db.query(c, """
                WITH months AS (SELECT customer_id, date_trunc('month', d) AS month, bool_or(purchase) AS purchase, sum(value) AS value
                           FROM value_orders WHERE customer_id IS NOT NULL GROUP BY ALL),
                firsts AS (SELECT customer_id, min(month) FILTER (WHERE purchase) AS cohort FROM months GROUP BY customer_id),
                cells AS (SELECT f.cohort, date_diff('month', f.cohort, m.month) AS months_since,
                                 count(*) FILTER (WHERE m.purchase) AS active, sum(m.value) AS revenue
                          FROM months m JOIN firsts f USING (customer_id) WHERE f.cohort IS NOT NULL GROUP BY ALL)
                SELECT strftime(cohort, '%Y-%m') AS cohort, months_since, active,
                       first_value(active) OVER (PARTITION BY cohort ORDER BY months_since) AS cohort_size,
                       active / first_value(active) OVER (PARTITION BY cohort ORDER BY months_since) AS retention,
                       revenue, sum(revenue) OVER (PARTITION BY cohort ORDER BY months_since) AS cumulative_revenue
                FROM cells WHERE months_since >= 0 ORDER BY cohort, months_since
                """);
    }

    /**
     * Repeat purchase days (a customer's purchase days after their first) week by week from
     * {@code start} to the as-of date, of the customers who had bought by the calibration end:
     * index k counts days start + 7k to start + 7k + 6.
     */
    public long[] repeatPurchasesByWeek(LocalDate start, LocalDate calibrationEnd) {
        String cal = "DATE '" + calibrationEnd + "'";
        String from = "DATE '" + start + "'";
        long days = Db.queryLong(c, "SELECT date_diff('day', " + from + ", " + asOf + ")");
        long[] weeks = new long[(int) Math.max(0, days / 7 + 1)];
        for (Map<String, Object> r : Db.query(c, """
                WITH days AS (SELECT customer_id, d FROM value_orders WHERE customer_id IS NOT NULL GROUP BY customer_id, d HAVING bool_or(purchase)),
                firsts AS (SELECT customer_id, min(d) AS first FROM days GROUP BY customer_id HAVING min(d) <= %s)
                SELECT date_diff('day', %s, d) // 7 AS week, count(*) AS n
                FROM days JOIN firsts USING (customer_id) WHERE d > first AND d >= %s GROUP BY 1
                """.formatted(cal, from, from))) {
            weeks[((Number) r.get("week")).intValue()] = ((Number) r.get("n")).longValue();
        }
        return weeks;
    }

    /** Every customer-level figure of the run summed or averaged by country, region, channel and cohort, and in total. */
    public Map<String, List<Map<String, Object>>> byCustomerDimensions(long runId) {
        List<Map<String, Object>> rows = Db.query(c, """
                SELECT CASE WHEN grouping(country) = 0 THEN 'country' WHEN grouping(region) = 0 THEN 'region'
                            WHEN grouping(channel) = 0 THEN 'channel' WHEN grouping(cohort) = 0 THEN 'cohort' ELSE 'total' END AS dimension,
                       coalesce(country, region, channel, cohort, 'all') AS key,
                       count(*) AS customers, sum(orders) AS orders, sum(revenue) AS revenue, sum(margin) AS margin,
                       count(*) FILTER (WHERE abc_class = 'A') AS a_customers,
                       count(*) FILTER (WHERE quadrant = 'at-risk') AS at_risk,
                       count(*) FILTER (WHERE rfm_segment IN ('champions', 'loyal')) AS champions_and_loyal,
                       avg(satisfaction) AS satisfaction, sum(responses) AS responses,
                       avg(p_alive) AS p_alive, sum(expected_purchases) AS expected_purchases, sum(clv) AS clv, avg(clv) AS mean_clv
                FROM (SELECT v.*, coalesce(c.country, 'unknown') AS country, coalesce(c.region, 'unknown') AS region,
                             coalesce(c.acquisition_channel, 'unknown') AS channel, strftime(v.first_order, '%%Y-%%m') AS cohort
                      FROM customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = %d)
                GROUP BY GROUPING SETS ((country), (region), (channel), (cohort), ())
                ORDER BY dimension, revenue DESC NULLS LAST, key
                """.formatted(runId));
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            String dimension = (String) r.remove("dimension");
            List<Map<String, Object>> groups = out.computeIfAbsent(dimension, k -> new ArrayList<>());
            if (groups.size() < MAX_GROUPS) {
                groups.add(r);
            }
        }
        return out;
    }

    /**
     * Revenue, margin, buyers and lifetime value by product category; a customer's CLV is shared
     * out over the categories in proportion to their net spend in each (customers with no positive
     * spend share nothing).
     */
    public List<Map<String, Object>> byCategory(long runId) {
        return Db.query(c, """
                WITH per_customer AS (
                    SELECT customer_id, category, sum(revenue) AS revenue, sum(margin) AS margin
                    FROM value_lines WHERE customer_id IS NOT NULL GROUP BY ALL),
                totals AS (
                    SELECT customer_id, sum(greatest(revenue, 0)) AS positive FROM per_customer GROUP BY customer_id),
                orders AS (
                    SELECT category, count(DISTINCT order_key) AS orders FROM value_lines WHERE customer_id IS NOT NULL GROUP BY category)
                SELECT p.category AS key, count(*) AS customers, any_value(o.orders) AS orders, sum(p.revenue) AS revenue, sum(p.margin) AS margin,
                       sum(greatest(p.revenue, 0) / nullif(t.positive, 0) * v.clv) AS clv
                FROM per_customer p JOIN totals t USING (customer_id) JOIN orders o USING (category)
                JOIN customer_values v ON v.customer_id = p.customer_id AND v.run_id = %d
                GROUP BY p.category ORDER BY revenue DESC, key
                LIMIT %d
                """.formatted(runId, MAX_GROUPS));
    }
}
