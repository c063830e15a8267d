package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.service.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aggregates that roles without personal data see (a viewer's session, a read key) withhold every
 * group of fewer than 5 customers: a filter narrowed down to one customer gives no CLV. An analyst
 * still gets exact figures.
 */
class MinimumGroupSizeTest {
    private static WebFixture server;
    private static Http viewer;
    private static Http analyst;
    private static String readKey;
    private static double topClv;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        viewer = new Http(server).signedIn("viewer");
        analyst = new Http(server).signedIn("analyst");
        readKey = server.app().apiKeys().create(Role.VIEWER, "bi", "reports").secret();
        topClv = Http.json(analyst.get("/api/v1/campaign-list?sort=clv&order=desc&size=1")).get("items").get(0).get("clv").asDouble();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode withKey(String path) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Authorization", "Bearer " + readKey).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return Http.json(r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(Http who, String path) {
        HttpResponse<String> r = who.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    @Test
    void a_viewer_and_a_read_key_filtering_down_to_one_customer_get_no_clv_and_a_count_below_5() {
        String one = "/api/v1/campaign-list/count?min_clv=" + (topClv - 0.01);
        for (JsonNode n : List.of(get(viewer, one), withKey(one))) {
            assertThat(n.get("matching").asText()).isEqualTo("<5");
            assertThat(n.get("email_consent").asText()).isEqualTo("<5");
            assertThat(n.get("total_clv").isNull()).isTrue();
            assertThat(n.get("suppressed").asText()).isEqualTo("fewer than 5 customers");
        }
    }

    @Test
    void an_analyst_gets_the_exact_count_and_clv_of_one_customer() {
        JsonNode n = get(analyst, "/api/v1/campaign-list/count?min_clv=" + (topClv - 0.01));
        assertThat(n.get("matching").asLong()).isEqualTo(1);
        assertThat(n.get("total_clv").asDouble()).isCloseTo(topClv, org.assertj.core.api.Assertions.within(0.01));
        assertThat(n.has("suppressed")).isFalse();
    }

    @Test
    void a_large_audience_gives_a_viewer_its_exact_count_and_a_clv_total_rounded_to_two_digits() {
        JsonNode exact = get(analyst, "/api/v1/campaign-list/count");
        JsonNode shown = get(viewer, "/api/v1/campaign-list/count");
        assertThat(shown.get("matching").asLong()).isEqualTo(exact.get("matching").asLong()).isGreaterThan(100);
        double total = exact.get("total_clv").asDouble();
        assertThat(shown.get("total_clv").asDouble()).isNotEqualTo(total)
                .isEqualTo(new java.math.BigDecimal(total).round(new java.math.MathContext(2)).doubleValue());
    }

    @Test
    void segments_of_fewer_than_5_customers_show_no_revenue_or_clv_to_a_viewer_in_json_and_csv() {
        JsonNode exact = get(analyst, "/api/v1/segments?country=GB");
        List<String> small = new ArrayList<>();
        exact.get("items").forEach(s -> {
            if (s.get("customers").asLong() < 5) {
                small.add(s.get("segment").asText());
            }
        });
        assertThat(small).as("the demo has small segments in GB").isNotEmpty();
        for (JsonNode s : List.of(get(viewer, "/api/v1/segments?country=GB"), withKey("/api/v1/segments?country=GB"))) {
            s.get("items").forEach(i -> {
                if (small.contains(i.get("segment").asText())) {
                    assertThat(i.get("customers").asText()).isEqualTo("<5");
                    assertThat(i.get("revenue").isNull()).isTrue();
                    assertThat(i.get("avg_clv").isNull()).isTrue();
                    assertThat(i.get("suppressed").asText()).isEqualTo("fewer than 5 customers");
                } else {
                    assertThat(i.get("customers").asLong()).isGreaterThanOrEqualTo(5);
                    assertThat(i.get("avg_clv").isNumber()).isTrue();
                }
            });
        }
        String csv = viewer.get("/api/v1/segments?country=GB&format=csv").body();
        assertThat(csv.split("\r\n")[0]).isEqualTo("segment,customers,revenue,avg_clv,suppressed");
        assertThat(csv).contains(small.get(0) + ",<5,,,fewer than 5 customers\r\n");
    }

    @Test
    void a_small_clv_distribution_has_no_summary_figures_and_no_histogram_for_a_viewer() {
        String segment = "/api/v1/value/clv?country=GB&segment=new";
        JsonNode exact = get(analyst, segment);
        assertThat(exact.get("summary").get("customers").asLong()).isBetween(1L, 4L);
        JsonNode shown = get(viewer, segment);
        assertThat(shown.get("summary").get("customers").asText()).isEqualTo("<5");
        assertThat(shown.get("summary").get("total").isNull()).isTrue();
        assertThat(shown.get("summary").get("p99").isNull()).isTrue();
        assertThat(shown.get("histogram")).isEmpty();
    }

    @Test
    void rfm_cells_cohort_cells_and_quadrant_points_of_small_groups_are_withheld_from_a_viewer() {
        JsonNode rfm = get(viewer, "/api/v1/value/rfm?country=GB");
        assertThat(rfm.get("grid")).anySatisfy(c -> assertThat(c.get("customers").asText()).isEqualTo("<5"))
                .allSatisfy(c -> assertThat(c.get("customers").isNumber() ? c.get("revenue").isNumber() : c.get("revenue").isNull()).isTrue());
        JsonNode quadrant = get(viewer, "/api/v1/value/quadrant?country=GB&segment=new,promising");
        assertThat(quadrant.get("sizes")).allSatisfy(s -> assertThat(s.get("customers").asText()).isEqualTo("<5"));
        assertThat(quadrant.get("points")).isEmpty();
        assertThat(get(analyst, "/api/v1/value/quadrant?country=GB&segment=new,promising").get("points")).isNotEmpty();
        JsonNode overview = get(viewer, "/api/v1/overview?country=GB&segment=new");
        assertThat(overview.get("active_customers").asText()).isEqualTo("<5");
        assertThat(overview.get("revenue").isNull()).isTrue();
        assertThat(get(analyst, "/api/v1/overview?country=GB&segment=new").get("revenue").isNumber()).isTrue();
    }

    @Test
    void voice_months_of_fewer_than_5_responses_and_rare_terms_are_withheld_from_a_viewer() {
        JsonNode exact = get(analyst, "/api/v1/voice/sentiment?language=es");
        assertThat(exact.get("monthly")).anySatisfy(m -> assertThat(m.get("responses").asLong()).isLessThan(5));
        JsonNode shown = get(viewer, "/api/v1/voice/sentiment?language=es");
        assertThat(shown.get("monthly")).anySatisfy(m -> {
            assertThat(m.get("responses").asText()).isEqualTo("<5");
            assertThat(m.get("mean").isNull()).isTrue();
            assertThat(m.get("suppressed").asText()).isEqualTo("fewer than 5 customers");
        });
        JsonNode terms = get(viewer, "/api/v1/voice/terms");
        terms.get("languages").forEach(l -> assertThat(l.get("terms")).allSatisfy(t -> assertThat(t.get("responses").asLong()).isGreaterThanOrEqualTo(5)));
        JsonNode rare = get(analyst, "/api/v1/voice/terms");
        assertThat(rare.get("languages")).anySatisfy(l -> assertThat(l.get("terms")).anySatisfy(t -> assertThat(t.get("responses").asLong()).isLessThan(5)));
    }
}
