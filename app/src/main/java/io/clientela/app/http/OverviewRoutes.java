package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The overview: revenue, orders, active and at-risk customers in a period, monthly revenue; and the filter choices. */
final class OverviewRoutes {
    private OverviewRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/overview", Role.ALL, "KPIs for a period (default: the last 12 months of data): revenue in the base currency, orders, "
                + "active customers (with an order in the period), at-risk customers, monthly revenue and orders", Filters.NAMES, false, false, OverviewRoutes::overview);
        api.get("/api/v1/filters", Role.ALL, "The values each filter can take, and the span of the data", List.of(), false, false, call -> {
            Map<String, Object> out = new LinkedHashMap<>();
            long run = Runs.latest(call.c());
            out.put("country", column(call, "SELECT DISTINCT country AS v FROM customers WHERE country IS NOT NULL ORDER BY 1"));
            out.put("region", column(call, "SELECT DISTINCT region AS v FROM customers WHERE region IS NOT NULL ORDER BY 1"));
            out.put("channel", column(call, "SELECT DISTINCT acquisition_channel AS v FROM customers WHERE acquisition_channel IS NOT NULL ORDER BY 1"));
            out.put("segment", column(call, "SELECT DISTINCT rfm_segment AS v FROM customer_values WHERE run_id = " + run + " AND rfm_segment IS NOT NULL ORDER BY 1"));
            out.put("abc", column(call, "SELECT DISTINCT abc_class AS v FROM customer_values WHERE run_id = " + run + " AND abc_class IS NOT NULL ORDER BY 1"));
            out.put("quadrant", column(call, "SELECT DISTINCT quadrant AS v FROM customer_values WHERE run_id = " + run + " AND quadrant IS NOT NULL ORDER BY 1"));
            out.put("data_from", Db.queryValue(call.c(), "SELECT CAST(min(ordered_at) AS DATE) FROM orders"));
            out.put("data_to", Db.queryValue(call.c(), "SELECT CAST(max(ordered_at) AS DATE) FROM orders"));
            out.put("currency", call.app().config().value().currency().baseCode().orElse(null));
            call.ctx().json(out);
        });
    }

    private static List<Object> column(Call call, String sql) {
        return Db.query(call.c(), sql).stream().map(r -> r.get("v")).toList();
    }

    private static void overview(Call call) {
        Filters f = Filters.of(call.ctx());
        LocalDateTime last = (LocalDateTime) Db.queryValue(call.c(), "SELECT max(ordered_at) FROM orders");
        LocalDate to = f.to() != null ? f.to() : last == null ? LocalDate.now(call.app().clock()) : last.toLocalDate();
        LocalDate from = f.from() != null ? f.from() : to.minusYears(1).plusDays(1);
        long run = Runs.latest(call.c());
        List<Object> p = new ArrayList<>();
        String customerFilter = customerFilter(f, "o", run, p);
        p.add(from.atStartOfDay());
        p.add(to.plusDays(1).atStartOfDay());
        String amount = call.app().config().value().currency().toBase("o.total_amount", "o.currency");
        String orders = "FROM orders o WHERE o.status <> 'cancelled'" + customerFilter + " AND o.ordered_at >= ? AND o.ordered_at < ?";
        // One grouped scan gives the monthly series; the period's revenue and orders are its sums.
        List<Map<String, Object>> monthly = Db.query(call.c(), "SELECT year(o.ordered_at) * 100 + month(o.ordered_at) AS ym, sum(" + amount
                + ") AS revenue, count(*) AS orders " + orders + " GROUP BY 1 ORDER BY 1", p.toArray());
        double revenue = 0;
        long orderCount = 0;
        for (Map<String, Object> m : monthly) {
            int ym = ((Number) m.remove("ym")).intValue();
            double r = ((Number) m.get("revenue")).doubleValue();
            revenue += r;
            orderCount += ((Number) m.get("orders")).longValue();
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("month", String.format("%04d-%02d", ym / 100, ym % 100));
            copy.put("revenue", Math.round(r * 100) / 100.0);
            copy.put("orders", m.get("orders"));
            m.clear();
            m.putAll(copy);
        }
        long active = Db.queryLong(call.c(), "SELECT count(*) FROM (SELECT DISTINCT o.customer_id " + orders + ")", p.toArray());
        List<Object> rp = new ArrayList<>(List.of(run));
        String risk = "SELECT count(*) FROM customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND " + f.where(rp)
                + " AND (v.quadrant = 'at-risk' OR v.rfm_segment IN ('at risk', 'can''t lose them'))";
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", from.toString());
        out.put("to", to.toString());
        out.put("currency", call.app().config().value().currency().baseCode().orElse(null));
        out.put("revenue", Math.round(revenue * 100) / 100.0);
        out.put("orders", orderCount);
        out.put("active_customers", active);
        out.put("at_risk_customers", Db.queryLong(call.c(), risk, rp.toArray()));
        out.put("nps", nps(call, f, run, from, to));
        List<Object> cp = new ArrayList<>();
        String casesFilter = customerFilter(f, "k", run, cp);
        out.put("open_cases", Db.queryLong(call.c(), "SELECT count(*) FROM cases k WHERE k.status NOT IN ('resolved', 'closed')" + casesFilter,
                cp.toArray()));
        out.put("customers", Db.queryLong(call.c(), "SELECT count(*) FROM customers"));
        out.put("run_id", run);
        out.put("monthly", monthly);
        call.ctx().json(out);
    }

    /** {@code " AND <alias>.customer_id IN (customers the filters keep)"}, or nothing without customer filters; binds into {@code p}. */
    private static String customerFilter(Filters f, String alias, long run, List<Object> p) {
        if (!f.onCustomers()) {
            return "";
        }
        p.add(run);
        return " AND " + alias + ".customer_id IN (SELECT c.customer_id FROM customers c LEFT JOIN customer_values v ON v.customer_id = c.customer_id "
                + "AND v.run_id = ? WHERE " + f.where(p) + ")";
    }

    /** The period's NPS (share of promoters minus share of detractors, in points), or null without NPS answers. */
    private static Double nps(Call call, Filters f, long run, LocalDate from, LocalDate to) {
        List<Object> p = new ArrayList<>();
        String filter = customerFilter(f, "fb", run, p);
        p.add(from.atStartOfDay());
        p.add(to.plusDays(1).atStartOfDay());
        Map<String, Object> r = Db.query(call.c(), "SELECT count(fb.nps) AS answers, count(*) FILTER (WHERE fb.nps >= 9) AS promoters, "
                + "count(*) FILTER (WHERE fb.nps <= 6) AS detractors FROM feedback fb WHERE fb.nps IS NOT NULL" + filter
                + " AND fb.responded_at >= ? AND fb.responded_at < ?", p.toArray()).get(0);
        long answers = ((Number) r.get("answers")).longValue();
        if (answers == 0) {
            return null;
        }
        double score = 100.0 * (((Number) r.get("promoters")).longValue() - ((Number) r.get("detractors")).longValue()) / answers;
        return Math.round(score * 10) / 10.0;
    }
}
