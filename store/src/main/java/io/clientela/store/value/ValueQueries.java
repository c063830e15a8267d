package io.clientela.store.value;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.query.CustomerFilter;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aggregates of one value run for the value pages, over the run's customers that the filter keeps:
 * the RFM grid, the ABC classes with their Pareto curve, the satisfaction × revenue quadrant, the
 * CLV distribution, and the cohorts (from the run's stored result). Rows are as their query labels
 * them; no personal data.
 */
public final class ValueQueries {
    private final Connection c;

    public ValueQueries(Handle h) {
        this.c = h.connection();
    }

    public record Rfm(@JsonProperty("run_id") long runId, List<Map<String, Object>> grid, List<Map<String, Object>> segments) {
    }

    public record Abc(@JsonProperty("run_id") long runId, List<Map<String, Object>> classes,
                      @JsonProperty("pareto_curve") List<ParetoPoint> paretoCurve) {
    }

    /** A point of the Pareto curve: this share of the customers, the best first, brings this share of the revenue. */
    public record ParetoPoint(@JsonProperty("customer_share") double customerShare, @JsonProperty("revenue_share") double revenueShare) {
    }

    public record Quadrant(@JsonProperty("run_id") long runId, @JsonProperty("satisfaction_threshold") Double satisfactionThreshold,
                           @JsonProperty("revenue_threshold") Double revenueThreshold, List<Map<String, Object>> sizes,
                           List<Map<String, Object>> points) {
    }

    public record Clv(@JsonProperty("run_id") long runId, ClvSummary summary, List<Map<String, Object>> histogram) {
    }

    /** How many customers have a CLV, and its total, mean, median and 99th percentile (null without any). */
    public record ClvSummary(long customers, Double total, Double mean, Double median, Double p99) {
    }

    public record Cohorts(@JsonProperty("run_id") long runId, List<Cohort> cohorts) {
    }

    /** One cell of the cohort table: customers who first bought in month {@code cohort}, {@code monthsSince} months later. */
    public record Cohort(String cohort, @JsonProperty("months_since") int monthsSince, @JsonProperty("cohort_size") long cohortSize, long active,
                         double retention, double revenue) {
    }

    /** FROM clause for one run's customer values under the filter; binds the run, then the filter's values. */
    private static String from(long run, CustomerFilter f, List<Object> p) {
        p.add(run);
        return "customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND " + f.where(p);
    }

    /** The RFM grid (recency score × frequency score) and the segments, largest first. */
    public Rfm rfm(long run, CustomerFilter f) {
        List<Object> p = new ArrayList<>();
        String from = from(run, f, p);
        List<Map<String, Object>> grid = Db.query(c, """
                SELECT r_score, f_score, count(*) AS customers, round(sum(revenue), 2) AS revenue FROM %s
                AND r_score IS NOT NULL GROUP BY ALL ORDER BY r_score, f_score""".formatted(from), p.toArray());
        List<Map<String, Object>> segments = Db.query(c, """
                SELECT rfm_segment AS segment, count(*) AS customers, round(sum(revenue), 2) AS revenue, round(avg(clv), 2) AS avg_clv FROM %s
                AND rfm_segment IS NOT NULL GROUP BY ALL ORDER BY customers DESC""".formatted(from), p.toArray());
        return new Rfm(run, grid, segments);
    }

    /** The ABC classes and the Pareto curve: the run's own (stored) curve without customer filters, else counted over the customers kept. */
    public Abc abc(long run, CustomerFilter f) {
        List<Object> p = new ArrayList<>();
        String from = from(run, f, p);
        List<Map<String, Object>> classes = Db.query(c, """
                SELECT abc_class AS class, count(*) AS customers, round(sum(revenue), 2) AS revenue FROM %s
                AND abc_class IS NOT NULL GROUP BY ALL ORDER BY class""".formatted(from), p.toArray());
        JsonNode stored = new ValueRuns(Handle.on(c)).result(run).path("abc").path("pareto_curve");
        List<ParetoPoint> curve = new ArrayList<>();
        if (!f.onCustomers() && stored.isArray() && stored.size() > 0) {
            for (JsonNode point : stored) {
                curve.add(new ParetoPoint(point.get(0).asDouble(), point.get(1).asDouble()));
            }
            return new Abc(run, classes, curve);
        }
        for (Map<String, Object> r : Db.query(c, """
                WITH r AS (SELECT row_number() OVER (ORDER BY revenue DESC, customer_id) AS rn, count(*) OVER () AS n,
                                  sum(revenue) OVER (ORDER BY revenue DESC, customer_id ROWS UNBOUNDED PRECEDING) AS cum,
                                  sum(revenue) OVER () AS total
                           FROM (SELECT v.customer_id, v.revenue FROM %s AND v.revenue > 0))
                SELECT round(rn / n, 4) AS customer_share, round(cum / total, 4) AS revenue_share FROM r
                WHERE rn %% greatest(1, n // 100) = 0 OR rn = n OR rn = 1 ORDER BY rn
                """.formatted(from), p.toArray())) {
            curve.add(new ParetoPoint(((Number) r.get("customer_share")).doubleValue(), ((Number) r.get("revenue_share")).doubleValue()));
        }
        return new Abc(run, classes, curve);
    }

    /** The quadrant's thresholds (stored with the run), its sizes, and a sample of at most 1,500 customers (spread by a hash of their id). */
    public Quadrant quadrant(long run, CustomerFilter f) {
        List<Object> p = new ArrayList<>();
        String from = from(run, f, p);
        JsonNode q = new ValueRuns(Handle.on(c)).result(run).path("quadrant");
        Double satisfaction = q.path("satisfaction_threshold").isNumber() ? q.path("satisfaction_threshold").asDouble() : null;
        Double revenue = q.path("revenue_threshold").isNumber() ? q.path("revenue_threshold").asDouble() : null;
        List<Map<String, Object>> sizes = Db.query(c, """
                SELECT quadrant, count(*) AS customers, round(sum(revenue), 2) AS revenue FROM %s
                AND quadrant IS NOT NULL GROUP BY ALL ORDER BY quadrant""".formatted(from), p.toArray());
        List<Map<String, Object>> points = Db.query(c, """
                SELECT round(satisfaction, 3) AS satisfaction, round(revenue, 2) AS revenue, quadrant FROM %s
                AND satisfaction IS NOT NULL ORDER BY hash(v.customer_id) LIMIT 1500""".formatted(from), p.toArray());
        return new Quadrant(run, satisfaction, revenue, sizes, points);
    }

    /** The CLV summary (customers with a CLV, total, mean, median, 99th percentile) and a 30-bin histogram up to the 99th percentile. */
    public Clv clv(long run, CustomerFilter f) {
        List<Object> p = new ArrayList<>();
        String from = from(run, f, p);
        Map<String, Object> s = Db.query(c, """
                SELECT count(clv) AS customers, round(sum(clv), 2) AS total, round(avg(clv), 2) AS mean, round(median(clv), 2) AS median,
                       round(quantile_cont(clv, 0.99), 2) AS p99 FROM %s""".formatted(from), p.toArray()).get(0);
        ClvSummary summary = new ClvSummary(((Number) s.get("customers")).longValue(), number(s.get("total")), number(s.get("mean")),
                number(s.get("median")), number(s.get("p99")));
        List<Map<String, Object>> histogram = Db.query(c, """
                WITH s AS (SELECT v.clv FROM %s AND v.clv IS NOT NULL),
                     b AS (SELECT greatest(quantile_cont(clv, 0.99), 1e-9) AS hi FROM s)
                SELECT round(least(floor(clv / (hi / 30)), 29) * hi / 30, 2) AS bin_from, round((least(floor(clv / (hi / 30)), 29) + 1) * hi / 30, 2) AS bin_to,
                       count(*) AS customers
                FROM s, b WHERE clv >= 0 GROUP BY ALL ORDER BY bin_from
                """.formatted(from), p.toArray());
        return new Clv(run, summary, histogram);
    }

    private static Double number(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }

    /**
     * The run's cohorts (first-purchase month × months since) whose month falls in the months of
     * {@code from}..{@code to} (either may be null). Without customer conditions they are the run's
     * stored cohorts; with them they are counted again, the same way the run counts them (orders up
     * to the run's as-of date: a cancelled or negative order is no purchase, net value of completed
     * orders less returns in the base currency), over the customers the filter keeps.
     */
    public Cohorts cohorts(long run, CustomerFilter f, Currency currency) {
        List<Cohort> rows = new ArrayList<>();
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (f.onCustomers()) {
            LocalDate asOf = (LocalDate) Db.queryValue(c, "SELECT as_of FROM analysis_runs WHERE run_id = ?", run);
            if (asOf == null) {
                return new Cohorts(run, rows);
            }
            for (Map<String, Object> r : Db.query(c, filteredCohorts(currency, asOf, f), params(f, run))) {
                add(rows, from, to, (String) r.get("cohort"), ((Number) r.get("months_since")).intValue(), ((Number) r.get("cohort_size")).longValue(),
                        ((Number) r.get("active")).longValue(), ((Number) r.get("retention")).doubleValue(), number(r.get("revenue")));
            }
            return new Cohorts(run, rows);
        }
        for (JsonNode n : new ValueRuns(Handle.on(c)).result(run).path("cohorts")) {
            add(rows, from, to, n.path("cohort").asText(), n.path("months_since").asInt(), n.path("cohort_size").asLong(), n.path("active").asLong(),
                    n.path("retention").asDouble(), n.path("revenue").asDouble());
        }
        return new Cohorts(run, rows);
    }

    private static Object[] params(CustomerFilter f, long run) {
        List<Object> p = new ArrayList<>(List.of(run));
        f.where(p);
        return p.toArray();
    }

    private static void add(List<Cohort> rows, LocalDate from, LocalDate to, String cohort, int monthsSince, long size, long active, double retention,
                            Double revenue) {
        YearMonth m = YearMonth.parse(cohort);
        if ((from != null && m.isBefore(YearMonth.from(from))) || (to != null && m.isAfter(YearMonth.from(to)))) {
            return;
        }
        rows.add(new Cohort(m.toString(), monthsSince, size, active, Math.round(retention * 10000) / 10000.0,
                revenue == null ? 0 : Math.round(revenue * 100) / 100.0));
    }

    /** The cohorts of {@link ValueRollups#cohorts} over the orders of the customers the filter keeps (binds the run, then the filter). */
    private static String filteredCohorts(Currency currency, LocalDate asOf, CustomerFilter f) {
        String kept = "SELECT c.customer_id FROM customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND " + f.where(new ArrayList<>());
        return """
                WITH returned AS (SELECT source, order_id, sum(returned_quantity * CAST(unit_price AS DOUBLE)) AS value
                                  FROM order_lines WHERE returned_quantity > 0 GROUP BY ALL),
                kept AS (%s),
                o AS (SELECT o.customer_id, date_trunc('month', CAST(o.ordered_at AS DATE)) AS month,
                             o.status <> 'cancelled' AND coalesce(o.total_amount, 0) >= 0 AS purchase,
                             CASE WHEN o.total_amount < 0 THEN %s WHEN o.status = 'completed' THEN %s ELSE 0 END AS value
                      FROM orders o LEFT JOIN returned r USING (source, order_id)
                      WHERE CAST(o.ordered_at AS DATE) <= DATE '%s' AND o.customer_id IN (SELECT customer_id FROM kept)),
                months AS (SELECT customer_id, month, bool_or(purchase) AS purchase, sum(value) AS value FROM o GROUP BY ALL),
                firsts AS (SELECT customer_id, min(month) FILTER (WHERE purchase) AS cohort FROM months GROUP BY customer_id),
                cells AS (SELECT f.cohort, date_diff('month', f.cohort, m.month) AS months_since,
                                 count(*) FILTER (WHERE m.purchase) AS active, sum(m.value) AS revenue
                          FROM months m JOIN firsts f USING (customer_id) WHERE f.cohort IS NOT NULL GROUP BY ALL)
                SELECT strftime(cohort, '%%Y-%%m') AS cohort, months_since, active,
                       first_value(active) OVER (PARTITION BY cohort ORDER BY months_since) AS cohort_size,
                       active / first_value(active) OVER (PARTITION BY cohort ORDER BY months_since) AS retention, revenue
                FROM cells WHERE months_since >= 0 ORDER BY cohort, months_since
                """.formatted(kept, currency.toBase("o.total_amount", "o.currency"),
                currency.toBase("o.total_amount - coalesce(r.value, 0)", "o.currency"), asOf);
    }
}
