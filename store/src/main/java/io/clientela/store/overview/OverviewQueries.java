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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overview: revenue (in the base currency), orders, active and at-risk customers, NPS and open
 * cases in a period, with the monthly revenue (every month of the period, zero where nothing was
 * sold, the running or cut month marked partial), optionally beside the same figures of a
 * comparison period; and the values each shared filter can take. Tuned for a million customers:
 * the period's orders are scanned once for the monthly series and once for the distinct active
 * customers (see docs/benchmarks.md, "Dashboard page data").
 */
public final class OverviewQueries {
    private final Connection c;

    public OverviewQueries(Handle h) {
        this.c = h.connection();
    }

    /** The values each filter can take (of the latest value run for segment, ABC class and quadrant), the span of the orders and the base currency. */
    public record FilterChoices(List<String> country, List<String> region, List<String> channel, List<String> segment, List<String> abc,
                                List<String> quadrant, @JsonProperty("data_from") LocalDate dataFrom, @JsonProperty("data_to") LocalDate dataTo,
                                String currency, @JsonProperty("regions_by_country") Map<String, List<String>> regionsByCountry) {
    }

    /**
     * The overview of a period; {@code nps} is null without NPS answers, {@code runId} the value run
     * read (-1 for none). {@code customers} counts the customers the filter's customer conditions
     * keep (the period does not apply to it, nor to the at-risk customers and the open cases, which
     * are as of now). {@code defaultWindow} says the period was not asked for;
     * {@code comparison} holds the comparison period's figures (null without {@code compare}).
     */
    public record Overview(LocalDate from, LocalDate to, String currency, double revenue, long orders,
                           @JsonProperty("active_customers") long activeCustomers, @JsonProperty("at_risk_customers") long atRiskCustomers,
                           Double nps, @JsonProperty("open_cases") long openCases, long customers, @JsonProperty("run_id") long runId,
                           List<Month> monthly, @JsonProperty("default_window") boolean defaultWindow, String compare, Comparison comparison) {
    }

    /**
     * One month of the period: {@code month} as yyyy-mm, revenue in the base currency, orders;
     * {@code partial} when the period covers only part of it or it is still running.
     */
    public record Month(String month, double revenue, long orders, boolean partial) {
    }

    /** The same figures over the comparison period {@code from}..{@code to}. */
    public record Comparison(LocalDate from, LocalDate to, double revenue, long orders, @JsonProperty("active_customers") long activeCustomers,
                             Double nps) {
    }

    /** How to compare: with the period just before, of the same length, or with the same period a year earlier. */
    public enum Compare {
        PREVIOUS, YEAR;

        /** The comparison period of {@code from}..{@code to}; whole months shift by whole months, other periods by their length in days. */
        public LocalDate[] of(LocalDate from, LocalDate to) {
            boolean monthEnd = to.getDayOfMonth() == to.lengthOfMonth();
            long months;
            if (this == YEAR) {
                months = 12;
            } else if (from.getDayOfMonth() == 1) {
                months = YearMonth.from(from).until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1;
            } else {
                long days = to.toEpochDay() - from.toEpochDay() + 1;
                return new LocalDate[] {from.minusDays(days), from.minusDays(1)};
            }
            LocalDate t = to.minusMonths(months);
            if (monthEnd) {
                t = t.withDayOfMonth(t.lengthOfMonth());
            }
            return new LocalDate[] {from.minusMonths(months), t};
        }
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
        Map<String, List<String>> byCountry = new LinkedHashMap<>();
        for (Map<String, Object> r : Db.query(c, "SELECT DISTINCT coalesce(country, '') AS country, region FROM customers WHERE region IS NOT NULL ORDER BY 1, 2")) {
            byCountry.computeIfAbsent((String) r.get("country"), k -> new ArrayList<>()).add((String) r.get("region"));
        }
        return new FilterChoices(country, region, channel, segment, abc, quadrant, from, to, currency.baseCode().orElse(null), byCountry);
    }

    private List<String> column(String sql) {
        return Db.query(c, sql).stream().map(r -> (String) r.get("v")).toList();
    }

    /** The overview without comparison. */
    public Overview overview(CustomerFilter f, Currency currency, LocalDate today) {
        return overview(f, currency, today, null);
    }

    /**
     * The overview under the filter. The period defaults to the running month (up to {@code today})
     * and the twelve full months before it, so that a new order does not move it; when no order
     * falls in that window but there are orders, to the month of the last order and the twelve
     * before it (data imported from the past). {@code compare} (may be null) adds the figures of
     * the comparison period.
     */
    public Overview overview(CustomerFilter f, Currency currency, LocalDate today, Compare compare) {
        boolean asked = f.from() != null || f.to() != null;
        LocalDate to;
        LocalDate from;
        if (asked) {
            to = f.to() != null ? f.to() : today;
            from = f.from() != null ? f.from() : to.minusYears(1).plusDays(1);
        } else {
            to = today;
            from = YearMonth.from(today).minusMonths(12).atDay(1);
            if (Db.queryLong(c, "SELECT count(*) FROM orders WHERE ordered_at >= ? AND ordered_at < ?", from.atStartOfDay(),
                    to.plusDays(1).atStartOfDay()) == 0) {
                LocalDateTime last = (LocalDateTime) Db.queryValue(c, "SELECT max(ordered_at) FROM orders");
                if (last != null) {
                    YearMonth m = YearMonth.from(last);
                    to = m.atEndOfMonth();
                    from = m.minusMonths(12).atDay(1);
                }
            }
        }
        long run = new ValueRuns(Handle.on(c)).latest();
        Figures now = figures(f, currency, run, from, to, today);
        Comparison comparison = null;
        if (compare != null) {
            LocalDate[] p = compare.of(from, to);
            Figures then = figures(f, currency, run, p[0], p[1], today);
            comparison = new Comparison(p[0], p[1], then.revenue, then.orders, then.active, then.nps);
        }
        List<Object> rp = new ArrayList<>(List.of(run));
        String risk = "SELECT count(*) FROM customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND " + f.where(rp)
                + " AND (v.quadrant = 'at-risk' OR v.rfm_segment IN ('at risk', 'can''t lose them'))";
        long atRisk = Db.queryLong(c, risk, rp.toArray());
        List<Object> cp = new ArrayList<>();
        String casesFilter = customerFilter(f, "k", run, cp);
        long openCases = Db.queryLong(c, "SELECT count(*) FROM cases k WHERE k.status NOT IN ('resolved', 'closed')" + casesFilter, cp.toArray());
        List<Object> kp = new ArrayList<>(List.of(run));
        long customers = Db.queryLong(c, "SELECT count(*) FROM customers c LEFT JOIN customer_values v ON v.customer_id = c.customer_id AND v.run_id = ? WHERE "
                + f.where(kp), kp.toArray());
        return new Overview(from, to, currency.baseCode().orElse(null), now.revenue, now.orders, now.active, atRisk, now.nps,
                openCases, customers, run, now.monthly, !asked, compare == null ? null : compare.name().toLowerCase(java.util.Locale.ROOT), comparison);
    }

    private record Figures(double revenue, long orders, long active, Double nps, List<Month> monthly) {
    }

    /** Revenue, orders, active customers, NPS and the months of one period under the filter's customer conditions. */
    private Figures figures(CustomerFilter f, Currency currency, long run, LocalDate from, LocalDate to, LocalDate today) {
        List<Object> p = new ArrayList<>();
        String customerFilter = customerFilter(f, "o", run, p);
        p.add(from.atStartOfDay());
        p.add(to.plusDays(1).atStartOfDay());
        String amount = currency.toBase("o.total_amount", "o.currency");
        String orders = "FROM orders o WHERE o.status <> 'cancelled'" + customerFilter + " AND o.ordered_at >= ? AND o.ordered_at < ?";
        // One grouped scan gives the monthly series; the period's revenue and orders are its sums.
        Map<Integer, double[]> sold = new LinkedHashMap<>();
        double revenue = 0;
        long orderCount = 0;
        for (Map<String, Object> m : Db.query(c, "SELECT year(o.ordered_at) * 100 + month(o.ordered_at) AS ym, sum(" + amount
                + ") AS revenue, count(*) AS orders " + orders + " GROUP BY 1 ORDER BY 1", p.toArray())) {
            double r = ((Number) m.get("revenue")).doubleValue();
            long n = ((Number) m.get("orders")).longValue();
            revenue += r;
            orderCount += n;
            sold.put(((Number) m.get("ym")).intValue(), new double[] {r, n});
        }
        List<Month> monthly = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            double[] s = sold.getOrDefault(m.getYear() * 100 + m.getMonthValue(), new double[2]);
            LocalDate covered = to.isBefore(today) ? to : today;
            boolean partial = from.isAfter(m.atDay(1)) || covered.isBefore(m.atEndOfMonth());
            monthly.add(new Month(m.toString(), Math.round(s[0] * 100) / 100.0, (long) s[1], partial));
        }
        // anonymous orders (no customer) are no active customer
        long active = Db.queryLong(c, "SELECT count(DISTINCT o.customer_id) " + orders, p.toArray());
        return new Figures(Math.round(revenue * 100) / 100.0, orderCount, active, nps(f, run, from, to), monthly);
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
