package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates of a value run for the value pages: RFM grid, ABC Pareto curve, satisfaction ×
 * revenue quadrant, CLV distribution, cohorts. Filtered by the shared filters; no personal data.
 */
final class ValueRoutes {
    private static final List<String> PARAMS = List.of("run", "country", "region", "channel", "segment", "abc", "quadrant");

    private ValueRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/value/rfm", Role.ALL, "RFM grid (recency score × frequency score) and segment sizes", PARAMS, false, false, ValueRoutes::rfm);
        api.get("/api/v1/value/abc", Role.ALL, "ABC classes and the Pareto curve of customers by revenue (the run's own curve unless filtered)", PARAMS, false, false, ValueRoutes::abc);
        api.get("/api/v1/value/quadrant", Role.ALL, "Satisfaction × revenue quadrant: sizes, thresholds and a sample of customers",
                PARAMS, false, false, ValueRoutes::quadrant);
        api.get("/api/v1/value/clv", Role.ALL, "Distribution of customer lifetime value", PARAMS, false, false, ValueRoutes::clv);
        api.get("/api/v1/value/cohorts", Role.ALL, "Cohorts by first-purchase month × months since: retention and revenue",
                List.of("run", "from", "to"), false, false, ValueRoutes::cohorts);
    }

    /** FROM clause and parameters for one run's customer values under the filters. */
    private static String from(Call call, List<Object> p) {
        p.add(Runs.chosen(call));
        return "customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND " + Filters.of(call.ctx()).where(p);
    }

    private static void rfm(Call call) {
        List<Object> p = new ArrayList<>();
        String from = from(call, p);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", p.get(0));
        out.put("grid", Db.query(call.c(), "SELECT r_score, f_score, count(*) AS customers, round(sum(revenue), 2) AS revenue FROM " + from
                + " AND r_score IS NOT NULL GROUP BY ALL ORDER BY r_score, f_score", p.toArray()));
        out.put("segments", Db.query(call.c(), "SELECT rfm_segment AS segment, count(*) AS customers, round(sum(revenue), 2) AS revenue, "
                + "round(avg(clv), 2) AS avg_clv FROM " + from + " AND rfm_segment IS NOT NULL GROUP BY ALL ORDER BY customers DESC", p.toArray()));
        call.ctx().json(out);
    }

    private static void abc(Call call) {
        List<Object> p = new ArrayList<>();
        String from = from(call, p);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", p.get(0));
        out.put("classes", Db.query(call.c(), "SELECT abc_class AS class, count(*) AS customers, round(sum(revenue), 2) AS revenue FROM " + from
                + " AND abc_class IS NOT NULL GROUP BY ALL ORDER BY class", p.toArray()));
        JsonNode stored = Runs.result(call.c(), (Long) p.get(0)).path("abc").path("pareto_curve");
        if (!Filters.of(call.ctx()).onCustomers() && stored.isArray() && stored.size() > 0) {
            List<Map<String, Object>> curve = new ArrayList<>();
            for (JsonNode point : stored) {
                curve.add(Map.of("customer_share", point.get(0).asDouble(), "revenue_share", point.get(1).asDouble()));
            }
            out.put("pareto_curve", curve);
            call.ctx().json(out);
            return;
        }
        out.put("pareto_curve", Db.query(call.c(), """
                WITH r AS (SELECT row_number() OVER (ORDER BY revenue DESC, customer_id) AS rn, count(*) OVER () AS n,
                                  sum(revenue) OVER (ORDER BY revenue DESC, customer_id ROWS UNBOUNDED PRECEDING) AS cum,
                                  sum(revenue) OVER () AS total
                           FROM (SELECT v.customer_id, v.revenue FROM %s AND v.revenue > 0))
                SELECT round(rn / n, 4) AS customer_share, round(cum / total, 4) AS revenue_share FROM r
                WHERE rn %% greatest(1, n // 100) = 0 OR rn = n OR rn = 1 ORDER BY rn
                """.formatted(from), p.toArray()));
        call.ctx().json(out);
    }

    private static void quadrant(Call call) {
        List<Object> p = new ArrayList<>();
        String from = from(call, p);
        long run = (Long) p.get(0);
        JsonNode q = Runs.result(call.c(), run).path("quadrant");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", run);
        out.put("satisfaction_threshold", q.path("satisfaction_threshold").isNumber() ? q.path("satisfaction_threshold").asDouble() : null);
        out.put("revenue_threshold", q.path("revenue_threshold").isNumber() ? q.path("revenue_threshold").asDouble() : null);
        out.put("sizes", Db.query(call.c(), "SELECT quadrant, count(*) AS customers, round(sum(revenue), 2) AS revenue FROM " + from
                + " AND quadrant IS NOT NULL GROUP BY ALL ORDER BY quadrant", p.toArray()));
        out.put("points", Db.query(call.c(), "SELECT round(satisfaction, 3) AS satisfaction, round(revenue, 2) AS revenue, quadrant FROM " + from
                + " AND satisfaction IS NOT NULL ORDER BY hash(v.customer_id) LIMIT 1500", p.toArray()));
        call.ctx().json(out);
    }

    private static void clv(Call call) {
        List<Object> p = new ArrayList<>();
        String from = from(call, p);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", p.get(0));
        out.put("summary", Db.query(call.c(), "SELECT count(clv) AS customers, round(sum(clv), 2) AS total, round(avg(clv), 2) AS mean, "
                + "round(median(clv), 2) AS median, round(quantile_cont(clv, 0.99), 2) AS p99 FROM " + from, p.toArray()).get(0));
        out.put("histogram", Db.query(call.c(), """
                WITH s AS (SELECT v.clv FROM %s AND v.clv IS NOT NULL),
                     b AS (SELECT greatest(quantile_cont(clv, 0.99), 1e-9) AS hi FROM s)
                SELECT round(least(floor(clv / (hi / 30)), 29) * hi / 30, 2) AS bin_from, round((least(floor(clv / (hi / 30)), 29) + 1) * hi / 30, 2) AS bin_to,
                       count(*) AS customers
                FROM s, b WHERE clv >= 0 GROUP BY ALL ORDER BY bin_from
                """.formatted(from), p.toArray()));
        call.ctx().json(out);
    }

    private static void cohorts(Call call) {
        long run = Runs.chosen(call);
        java.time.LocalDate fromDate = Params.date(call.ctx(), "from");
        java.time.LocalDate toDate = Params.date(call.ctx(), "to");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode n : Runs.result(call.c(), run).path("cohorts")) {
            YearMonth m = YearMonth.parse(n.path("cohort").asText());
            if ((fromDate != null && m.isBefore(YearMonth.from(fromDate))) || (toDate != null && m.isAfter(YearMonth.from(toDate)))) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("cohort", m.toString());
            r.put("months_since", n.path("months_since").asInt());
            r.put("cohort_size", n.path("cohort_size").asLong());
            r.put("active", n.path("active").asLong());
            r.put("retention", Math.round(n.path("retention").asDouble() * 10000) / 10000.0);
            r.put("revenue", Math.round(n.path("revenue").asDouble() * 100) / 100.0);
            rows.add(r);
        }
        call.ctx().json(Map.of("run_id", run, "cohorts", rows));
    }
}
