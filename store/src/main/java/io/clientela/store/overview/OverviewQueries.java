package io.clientela.store.overview;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.value.Currency;
import io.clientela.store.value.ValueRuns;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The overview: revenue (in the base currency), orders, active and at-risk customers, NPS and open
 * cases in a period, with the monthly revenue; and the values each shared filter can take. Tuned for
 * a million customers: the period's orders are scanned once for the monthly series and once for the
 * distinct active customers (see docs/benchmarks.md, "Dashboard page data").
 */
public final class OverviewQueries {
    private final Connection c;

    public OverviewQueries(Handle h) {
        this.c = h.connection();
    }

    /** The values each filter can take (of the latest value run for segment, ABC class and quadrant), the span of the orders and the base currency. */
    public record FilterChoices(List<String> country, List<String> region, List<String> channel, List<String> segment, List<String> abc,
                                List<String> quadrant, @JsonProperty("data_from") LocalDate dataFrom, @JsonProperty("data_to") LocalDate dataTo,
                                String currency) {
    }

    /** The overview of a period; {@code nps} is null without NPS answers, {@code runId} the value run read (-1 for none). */
    public record Overview(LocalDate from, LocalDate to, String currency, double revenue, long orders,
                           @JsonProperty("active_customers") long activeCustomers, @JsonProperty("at_risk_customers") long atRiskCustomers,
                           Double nps, @JsonProperty("open_cases") long openCases, long customers, @JsonProperty("run_id") long runId,
                           List<Month> monthly) {
    }

    /** One month of the period: {@code month} as yyyy-mm, revenue in the base currency, orders. */
    public record Month(String month, double revenue, long orders) {
    }

    public FilterChoices choices(Currency currency) {
        long run = new ValueRuns(Handle.on(c)).latest();
        List<String> country = column("SELECT DISTINCT country AS v FROM customers WHERE country IS NOT NULL ORDER BY 1");
        List<String> region = column("SELECT DISTINCT region AS v FROM customers WHERE region IS NOT NULL ORDER BY 1");
        List<String> channel = column("SELECT DISTINCT acquisition_channel AS v FROM customers WHERE acquisition_channel IS NOT NULL ORDER BY 1");
        List<String> segment = column("SELECT DISTINCT rfm_segment AS v FROM customer_values WHERE run_id = " + run + " AND rfm_segment IS NOT NULL ORDER BY 1");
        List<String> abc = column("SELECT DISTINCT abc_class AS v FROM customer_values WHERE run_id = " + run + " AND abc_class IS NOT NULL ORDER BY 1");
        List<String> quadrant = column("SELECT DISTINCT quadrant AS v FROM customer_values WHERE run_id = " + run + " AND quadrant IS NOT NULL ORDER BY 1");
        LocalDate from = (LocalDate) Db.queryValue(c, "SELECT CAST(min(ordered_at) AS DATE) FROM orders");
        LocalDate to = (LocalDate) Db.queryValue(c, "SELECT CAST(max(ordered_at) AS DATE) FROM orders");
        return new FilterChoices(country, region, channel, segment, abc, quadrant, from, to, currency.baseCode().orElse(null));
    }

    private List<String> column(String sql) {
        return Db.query(c, sql).stream().map(r -> (String) r.get("v")).toList();
    }

    /**
     * The overview under the filter; the period defaults to the twelve months up to the last order
     * (up to {@code today} without orders).
     */
    public Overview overview(CustomerFilter f, Currency currency, LocalDate today) {
        LocalDateTime last = (LocalDateTime) Db.queryValue(c, "SELECT max(ordered_at) FROM orders");
        LocalDate to = f.to() != null ? f.to() : last == null ? today : last.toLocalDate();
        LocalDate from = f.from() != null ? f.from() : to.minusYears(1).plusDays(1);
        long run = new ValueRuns(Handle.on(c)).latest();
        List<Object> p = new ArrayList<>();
        String customerFilter = customerFilter(f, "o", run, p);
        p.add(from.atStartOfDay());
        p.add(to.plusDays(1).atStartOfDay());
        String amount = currency.toBase("o.total_amount", "o.currency");
        String orders = "FROM orders o WHERE o.status <> 'cancelled'" + customerFilter + " AND o.ordered_at >= ? AND o.ordered_at < ?";
        // One grouped scan gives the monthly series; the period's revenue and orders are its sums.
        List<Month> monthly = new ArrayList<>();
        double revenue = 0;
        long orderCount = 0;
        for (Map<String, Object> m : Db.query(c, "SELECT year(o.ordered_at) * 100 + month(o.ordered_at) AS ym, sum(" + amount
                + ") AS revenue, count(*) AS orders " + orders + " GROUP BY 1 ORDER BY 1", p.toArray())) {
            int ym = ((Number) m.get("ym")).intValue();
            double r = ((Number) m.get("revenue")).doubleValue();
            long n = ((Number) m.get("orders")).longValue();
            revenue += r;
            orderCount += n;
            monthly.add(new Month(String.format("%04d-%02d", ym / 100, ym % 100), Math.round(r * 100) / 100.0, n));
        }
        long active = Db.queryLong(c, "SELECT count(*) FROM (SELECT DISTINCT o.customer_id " + orders + ")", p.toArray());
        List<Object> rp = new ArrayList<>(List.of(run));
        String risk = "SELECT count(*) FROM customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND " + f.where(rp)
                + " AND (v.quadrant = 'at-risk' OR v.rfm_segment IN ('at risk', 'can''t lose them'))";
        long atRisk = Db.queryLong(c, risk, rp.toArray());
        Double nps = nps(f, run, from, to);
        List<Object> cp = new ArrayList<>();
        String casesFilter = customerFilter(f, "k", run, cp);
        long openCases = Db.queryLong(c, "SELECT count(*) FROM cases k WHERE k.status NOT IN ('resolved', 'closed')" + casesFilter, cp.toArray());
        long customers = Db.queryLong(c, "SELECT count(*) FROM customers");
        return new Overview(from, to, currency.baseCode().orElse(null), Math.round(revenue * 100) / 100.0, orderCount, active, atRisk, nps,
                openCases, customers, run, monthly);
    }

    /** {@code " AND <alias>.customer_id IN (customers the filter keeps)"}, or nothing without customer conditions; binds into {@code p}. */
    private static String customerFilter(CustomerFilter f, String alias, long run, List<Object> p) {
        if (!f.onCustomers()) {
            return "";
        }
        p.add(run);
        return " AND " + alias + ".customer_id IN (SELECT c.customer_id FROM customers c LEFT JOIN customer_values v ON v.customer_id = c.customer_id "
                + "AND v.run_id = ? WHERE " + f.where(p) + ")";
    }

    /** The period's NPS (share of promoters minus share of detractors, in points), or null without NPS answers. */
    private Double nps(CustomerFilter f, long run, LocalDate from, LocalDate to) {
        List<Object> p = new ArrayList<>();
        String filter = customerFilter(f, "fb", run, p);
        p.add(from.atStartOfDay());
        p.add(to.plusDays(1).atStartOfDay());
        Map<String, Object> r = Db.query(c, "SELECT count(fb.nps) AS answers, count(*) FILTER (WHERE fb.nps >= 9) AS promoters, "
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
