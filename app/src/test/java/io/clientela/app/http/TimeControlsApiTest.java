package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/**
 * The dashboard's time controls and filters over the REST API, each figure counted again here in
 * SQL: the comparison period's figures, every month of the period with the running one partial,
 * the cohorts under the channel filter, the customer count under the filters, and the filters a
 * page does not apply named in {@code not_applied}.
 */
class TimeControlsApiTest {
    private static WebFixture server;
    private static Http admin;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        admin = new Http(server).signedIn("admin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection c() {
        return server.app().workspace().connection();
    }

    /** Revenue in the base currency of the orders (not cancelled) from {@code from} to {@code to}, converted here with the workspace's rates. */
    private static double revenue(String from, String to) {
        Map<String, Double> rates = server.app().config().value().currency().perBase();
        double sum = 0;
        for (Map<String, Object> r : Db.query(c(), "SELECT upper(currency) AS cur, sum(total_amount) AS s FROM orders WHERE status <> 'cancelled' "
                + "AND ordered_at >= CAST(? AS DATE) AND ordered_at < CAST(? AS DATE) + INTERVAL 1 DAY GROUP BY 1", from, to)) {
            sum += ((Number) r.get("s")).doubleValue() / rates.getOrDefault((String) r.get("cur"), 1.0);
        }
        return sum;
    }

    @Test
    void the_overview_gives_the_previous_period_and_the_year_before_counted_the_same_way() {
        JsonNode previous = Http.json(admin.get("/api/v1/overview?from=2026-04-01&to=2026-06-30&compare=previous"));
        JsonNode year = Http.json(admin.get("/api/v1/overview?from=2026-04-01&to=2026-06-30&compare=year"));

        assertThat(previous.get("compare").asText()).isEqualTo("previous");
        JsonNode p = previous.get("comparison");
        assertThat(List.of(p.get("from").asText(), p.get("to").asText())).containsExactly("2026-01-01", "2026-03-31");
        assertThat(p.get("revenue").asDouble()).isCloseTo(revenue("2026-01-01", "2026-03-31"), within(0.05));
        assertThat(p.get("orders").asLong()).isEqualTo(Db.queryLong(c(), "SELECT count(*) FROM orders WHERE status <> 'cancelled' "
                + "AND ordered_at >= DATE '2026-01-01' AND ordered_at < DATE '2026-04-01'"));
        assertThat(p.get("active_customers").asLong()).isEqualTo(Db.queryLong(c(), "SELECT count(DISTINCT customer_id) FROM orders "
                + "WHERE status <> 'cancelled' AND ordered_at >= DATE '2026-01-01' AND ordered_at < DATE '2026-04-01'"));
        assertThat(previous.get("revenue").asDouble()).isCloseTo(revenue("2026-04-01", "2026-06-30"), within(0.05));
        assertThat(p.get("revenue").asDouble()).as("a different period, different figures").isNotEqualTo(previous.get("revenue").asDouble());

        JsonNode y = year.get("comparison");
        assertThat(List.of(y.get("from").asText(), y.get("to").asText())).containsExactly("2025-04-01", "2025-06-30");
        assertThat(y.get("revenue").asDouble()).isCloseTo(revenue("2025-04-01", "2025-06-30"), within(0.05));
        double promoters = Db.queryLong(c(), "SELECT count(*) FROM feedback WHERE nps >= 9 AND responded_at >= DATE '2025-04-01' AND responded_at < DATE '2025-07-01'");
        double detractors = Db.queryLong(c(), "SELECT count(*) FROM feedback WHERE nps <= 6 AND responded_at >= DATE '2025-04-01' AND responded_at < DATE '2025-07-01'");
        double answers = Db.queryLong(c(), "SELECT count(nps) FROM feedback WHERE responded_at >= DATE '2025-04-01' AND responded_at < DATE '2025-07-01'");
        assertThat(y.get("nps").asDouble()).isCloseTo(100 * (promoters - detractors) / answers, within(0.05));

        assertThat(Http.json(admin.get("/api/v1/overview?from=2026-04-01&to=2026-06-30")).get("comparison").isNull()).isTrue();
        assertThat(admin.get("/api/v1/overview?compare=lastweek").body()).contains("parameter 'compare'").contains("previous, year");
    }

    @Test
    void the_monthly_series_has_every_month_with_zero_where_nothing_was_sold_and_the_running_month_partial() {
        LocalDate today = LocalDate.now();
        String from = YearMonth.from(today).minusMonths(3).atDay(1).toString();
        JsonNode o = Http.json(admin.get("/api/v1/overview?from=" + from + "&to=" + today));
        List<String> months = new ArrayList<>();
        o.get("monthly").forEach(m -> months.add(m.get("month").asText()));
        assertThat(months).containsExactly(YearMonth.from(today).minusMonths(3).toString(), YearMonth.from(today).minusMonths(2).toString(),
                YearMonth.from(today).minusMonths(1).toString(), YearMonth.from(today).toString());
        for (JsonNode m : o.get("monthly")) {
            YearMonth ym = YearMonth.parse(m.get("month").asText());
            long sold = Db.queryLong(c(), "SELECT count(*) FROM orders WHERE status <> 'cancelled' AND ordered_at >= CAST(? AS DATE) "
                    + "AND ordered_at < CAST(? AS DATE)", ym.atDay(1).toString(), ym.plusMonths(1).atDay(1).toString());
            assertThat(m.get("orders").asLong()).as(ym.toString()).isEqualTo(sold);
            assertThat(m.get("partial").asBoolean()).as(ym + " partial").isEqualTo(ym.equals(YearMonth.from(today)) && today.getDayOfMonth() != today.lengthOfMonth());
        }
        JsonNode byDefault = Http.json(admin.get("/api/v1/overview"));
        assertThat(byDefault.get("default_window").asBoolean()).isTrue();
        assertThat(byDefault.get("monthly")).hasSize(13);
        assertThat(byDefault.get("monthly").get(0).get("month").asText()).isEqualTo(YearMonth.from(today).minusMonths(12).toString());
        assertThat(byDefault.get("to").asText()).isEqualTo(today.toString());
    }

    @Test
    void the_cohorts_follow_the_channel_filter() {
        JsonNode affiliate = Http.json(admin.get("/api/v1/value/cohorts?channel=affiliate"));
        JsonNode organic = Http.json(admin.get("/api/v1/value/cohorts?channel=organic"));
        JsonNode all = Http.json(admin.get("/api/v1/value/cohorts"));

        assertThat(affiliate.get("cohorts").toString()).isNotEqualTo(organic.get("cohorts").toString());
        assertThat(sizes(affiliate)).isNotEqualTo(sizes(all));
        // counted here another way: each affiliate customer's first month with a purchase, up to the run's as-of date
        long run = affiliate.get("run_id").asLong();
        List<Map<String, Object>> direct = Db.query(c(), """
                SELECT strftime(first, '%Y-%m') AS cohort, count(*) AS n FROM (
                    SELECT o.customer_id, date_trunc('month', min(o.ordered_at)) AS first FROM orders o JOIN customers c USING (customer_id)
                    WHERE c.acquisition_channel = 'affiliate' AND o.status <> 'cancelled' AND coalesce(o.total_amount, 0) >= 0
                      AND CAST(o.ordered_at AS DATE) <= (SELECT as_of FROM analysis_runs WHERE run_id = ?)
                      AND o.customer_id IN (SELECT customer_id FROM customer_values WHERE run_id = ?)
                    GROUP BY 1) GROUP BY 1 ORDER BY 1""", run, run);
        assertThat(direct).isNotEmpty();
        List<String> expected = direct.stream().map(r -> r.get("cohort") + "=" + r.get("n")).toList();
        assertThat(sizes(affiliate)).isEqualTo(expected);
        assertThat(affiliate.get("not_applied")).isEmpty();
    }

    private static List<String> sizes(JsonNode cohorts) {
        List<String> out = new ArrayList<>();
        cohorts.get("cohorts").forEach(c -> {
            if (c.get("months_since").asInt() == 0) {
                out.add(c.get("cohort").asText() + "=" + c.get("cohort_size").asLong());
            }
        });
        return out;
    }

    @Test
    void the_overview_counts_the_customers_the_filters_keep() {
        JsonNode all = Http.json(admin.get("/api/v1/overview"));
        JsonNode mexico = Http.json(admin.get("/api/v1/overview?country=MX"));
        JsonNode affiliate = Http.json(admin.get("/api/v1/overview?channel=affiliate&country=MX"));

        assertThat(all.get("customers").asLong()).isEqualTo(Db.queryLong(c(), "SELECT count(*) FROM customers"));
        assertThat(mexico.get("customers").asLong()).isEqualTo(Db.queryLong(c(), "SELECT count(*) FROM customers WHERE country = 'MX'"))
                .isLessThan(all.get("customers").asLong());
        assertThat(affiliate.get("customers").asLong())
                .isEqualTo(Db.queryLong(c(), "SELECT count(*) FROM customers WHERE country = 'MX' AND acquisition_channel = 'affiliate'"));
    }

    @Test
    void each_page_names_the_filters_it_does_not_apply() {
        String q = "?from=2026-01-01&to=2026-06-30&country=MX&compare=year";
        for (String page : List.of("rfm", "abc", "quadrant", "clv")) {
            JsonNode d = Http.json(admin.get("/api/v1/value/" + page + q));
            assertThat(d.get("not_applied")).as(page).extracting(JsonNode::asText).containsExactly("period", "compare");
        }
        assertThat(Http.json(admin.get("/api/v1/value/cohorts" + q)).get("not_applied")).extracting(JsonNode::asText).containsExactly("compare");
        assertThat(Http.json(admin.get("/api/v1/overview" + q)).get("not_applied")).isEmpty();
        assertThat(Http.json(admin.get("/api/v1/value/rfm?country=MX")).get("not_applied")).isEmpty();
        // the figures do follow the country
        assertThat(Http.json(admin.get("/api/v1/value/rfm?country=MX")).get("segments").toString())
                .isNotEqualTo(Http.json(admin.get("/api/v1/value/rfm")).get("segments").toString());
    }

    @Test
    void regions_come_grouped_under_their_country() {
        JsonNode f = Http.json(admin.get("/api/v1/filters"));
        JsonNode byCountry = f.get("regions_by_country");
        List<String> grouped = new ArrayList<>();
        byCountry.fields().forEachRemaining(e -> {
            e.getValue().forEach(r -> {
                grouped.add(r.asText());
                assertThat(Db.queryLong(c(), "SELECT count(*) FROM customers WHERE coalesce(country, '') = ? AND region = ?", e.getKey(), r.asText()))
                        .as(e.getKey() + "/" + r.asText()).isPositive();
            });
        });
        assertThat(grouped).containsAll(List.of(Http.JSON.convertValue(f.get("region"), String[].class)));
    }
}
