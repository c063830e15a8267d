package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.store.Db;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pagination, sorting, filtering, CSV export, JSON errors and hostile input on the REST API. */
class ListsAndErrorsTest {
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

    private static long count(String sql) {
        return Db.queryLong(server.app().workspace().connection(), sql);
    }

    @Test
    void the_overview_gives_the_period_s_nps_and_the_open_cases() {
        JsonNode all = Http.json(admin.get("/api/v1/overview?from=2025-01-01&to=2026-10-31"));
        java.sql.Connection c = server.app().workspace().connection();
        // counted here another way: the share of 9-10 answers minus the share of 0-6 answers
        double promoters = Db.queryLong(c, "SELECT count(*) FROM feedback WHERE nps BETWEEN 9 AND 10 AND responded_at >= DATE '2025-01-01' "
                + "AND responded_at < DATE '2026-11-01'");
        double detractors = Db.queryLong(c, "SELECT count(*) FROM feedback WHERE nps BETWEEN 0 AND 6 AND responded_at >= DATE '2025-01-01' "
                + "AND responded_at < DATE '2026-11-01'");
        double answers = Db.queryLong(c, "SELECT count(nps) FROM feedback WHERE responded_at >= DATE '2025-01-01' AND responded_at < DATE '2026-11-01'");
        assertThat(answers).isPositive();
        assertThat(all.get("nps").asDouble()).isCloseTo(100 * (promoters - detractors) / answers, org.assertj.core.api.Assertions.within(0.05));
        assertThat(all.get("open_cases").asLong()).isEqualTo(count("SELECT count(*) FROM cases WHERE status IN ('open', 'assigned', 'in_progress')"));

        JsonNode before = Http.json(admin.get("/api/v1/overview?from=2001-01-01&to=2001-12-31"));
        assertThat(before.get("nps").isNull()).as("no answers in the period").isTrue();
        JsonNode oneCountry = Http.json(admin.get("/api/v1/overview?from=2025-01-01&to=2026-10-31&country=DE"));
        assertThat(oneCountry.get("nps").asDouble()).isNotEqualTo(all.get("nps").asDouble());
    }

    @Test
    void customers_are_paginated_with_the_total_of_the_whole_list() {
        JsonNode p1 = Http.json(admin.get("/api/v1/customers?size=7&page=1"));
        JsonNode p2 = Http.json(admin.get("/api/v1/customers?size=7&page=2"));
        assertThat(p1.get("total").asLong()).isEqualTo(count("SELECT count(*) FROM customers"));
        assertThat(p1.get("items")).hasSize(7);
        assertThat(p2.get("items").get(0).get("customer_id").asLong()).isEqualTo(p1.get("items").get(6).get("customer_id").asLong() + 1);
    }

    @Test
    void customers_sort_by_revenue_descending_and_filter_by_country() {
        JsonNode r = Http.json(admin.get("/api/v1/customers?sort=revenue&order=desc&size=20&country=DE"));
        List<Double> revenue = new ArrayList<>();
        r.get("items").forEach(i -> {
            assertThat(i.get("country").asText()).isEqualTo("DE");
            if (!i.get("revenue").isNull()) {
                revenue.add(i.get("revenue").asDouble());
            }
        });
        assertThat(revenue).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(r.get("total").asLong()).isEqualTo(count("SELECT count(*) FROM customers WHERE country = 'DE'"));
    }

    @Test
    void every_list_exports_its_whole_filtered_content_as_csv() {
        for (String list : List.of("/api/v1/customers?country=ES", "/api/v1/segments", "/api/v1/campaign-list?segment=champions", "/api/v1/runs",
                "/api/v1/runs/1/customers", "/api/v1/imports", "/api/v1/quarantine", "/api/v1/audit")) {
            long total = Http.json(admin.get(list + (list.contains("?") ? "&" : "?") + "size=1")).get("total").asLong();
            HttpResponse<String> csv = admin.get(list + (list.contains("?") ? "&" : "?") + "format=csv");
            assertThat(csv.statusCode()).as(list).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            String[] lines = csv.body().split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertThat(lines.length - 1).as(list).isEqualTo(total);
        }
    }

    @Test
    void campaign_lists_hold_only_customers_who_consented_to_the_channel() {
        JsonNode count = Http.json(admin.get("/api/v1/campaign-list/count?segment=champions"));
        JsonNode email = Http.json(admin.get("/api/v1/campaign-list?segment=champions&contact=email&size=500"));
        JsonNode sms = Http.json(admin.get("/api/v1/campaign-list?segment=champions&contact=sms&size=500"));
        assertThat(email.get("total").asLong()).isEqualTo(count.get("email_consent").asLong()).isLessThan(count.get("matching").asLong());
        assertThat(sms.get("total").asLong()).isEqualTo(count.get("sms_consent").asLong());
        for (JsonNode c : email.get("items")) {
            assertThat(count("SELECT count(*) FROM customers WHERE consent_email AND customer_id = " + c.get("customer_id").asLong())).isEqualTo(1);
        }
    }

    @Test
    void bad_parameters_are_400_problems_naming_the_parameter_and_value() {
        String[][] cases = {{"/api/v1/customers?size=0", "'size'"}, {"/api/v1/customers?page=x", "'page'"},
                {"/api/v1/customers?sort=password", "'sort'"}, {"/api/v1/customers?order=sideways", "'order'"},
                {"/api/v1/overview?from=2026-13-01", "'from'"}, {"/api/v1/overview?from=2026-05-01&to=2026-01-01", "'to'"},
                {"/api/v1/campaign-list/count?min_clv=lots", "'min_clv'"}, {"/api/v1/customers/abc", "'id'"}, {"/api/v1/value/rfm?run=99", "run 99"}};
        for (String[] c : cases) {
            HttpResponse<String> r = admin.get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isIn(400, 404);
            JsonNode p = Http.json(r);
            assertThat(p.get("status").asInt()).isEqualTo(r.statusCode());
            assertThat(p.get("title").asText()).isNotBlank();
            assertThat(p.get("detail").asText()).as(c[0]).contains(c[1]);
        }
        JsonNode missing = Http.json(admin.get("/api/v1/customers/999999"));
        assertThat(missing.get("status").asInt()).isEqualTo(404);
        assertThat(Http.json(admin.get("/api/v1/nothing-here")).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void sql_injection_in_every_filter_and_text_field_is_just_text() {
        long customers = count("SELECT count(*) FROM customers");
        String[] attacks = {"' OR '1'='1", "1; DROP TABLE customers; --", "DE') OR ('a'='a", "%' OR 1=1 --", "\" OR \"\"=\""};
        for (String a : attacks) {
            String v = java.net.URLEncoder.encode(a, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(Http.json(admin.get("/api/v1/customers?q=" + v)).get("total").asLong()).as(a).isZero();
            for (String f : List.of("country", "region", "channel", "segment", "abc", "quadrant")) {
                // the customer list checks ABC classes and quadrants against their names: anything else is a 400
                if (f.equals("abc") || f.equals("quadrant")) {
                    assertThat(admin.get("/api/v1/customers?" + f + "=" + v).statusCode()).as(f + " " + a).isEqualTo(400);
                } else {
                    assertThat(Http.json(admin.get("/api/v1/customers?" + f + "=" + v)).get("total").asLong()).as(f + " " + a).isZero();
                }
                assertThat(admin.get("/api/v1/overview?" + f + "=" + v).statusCode()).isEqualTo(200);
                assertThat(admin.get("/api/v1/value/rfm?" + f + "=" + v).statusCode()).isEqualTo(200);
            }
            assertThat(admin.get("/api/v1/customers?sort=" + v).statusCode()).isEqualTo(400);
            assertThat(admin.get("/api/v1/quarantine?reason=" + v + "&field=" + v).statusCode()).isEqualTo(200);
            assertThat(admin.get("/api/v1/audit?action=" + v + "&username=" + v).statusCode()).isEqualTo(200);
        }
        assertThat(count("SELECT count(*) FROM customers")).isEqualTo(customers);
    }

    @Test
    void oversized_requests_are_refused_with_413() throws java.io.IOException {
        // Headers only, then the answer: the server refuses by the declared length before the body
        // comes (sending 200 KB first races with the server closing the connection).
        java.net.URI uri = java.net.URI.create(server.url("/auth/login"));
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /auth/login HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200100\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
        HttpResponse<String> longQuery = admin.get("/api/v1/customers?q=" + "a".repeat(300));
        assertThat(longQuery.statusCode()).isEqualTo(400);
    }

    @Test
    void static_files_cannot_be_reached_outside_the_asset_folder() {
        Http anon = new Http(server);
        for (String p : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/vendor/..%2f..%2fDashboard.class",
                "/..%5c..%5cetc%5cpasswd", "/%2e%2e%2fclientela.duckdb", "/io/clientela/app/http/Dashboard.class", "/clientela.yaml")) {
            HttpResponse<String> r = anon.get(p);
            assertThat(r.statusCode()).as(p).isIn(400, 404);
            assertThat(r.body()).as(p).doesNotContain("root:").doesNotContain("currency");
        }
        assertThat(anon.get("/app.js").statusCode()).isEqualTo(200);
        assertThat(anon.get("/app.js").headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }

    @Test
    void reading_a_customer_is_written_to_the_audit_log() {
        long before = count("SELECT count(*) FROM audit_log WHERE customer_id = 7");
        assertThat(admin.get("/api/v1/customers/7").statusCode()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM audit_log WHERE customer_id = 7 AND username = 'admin' AND action = 'GET /api/v1/customers/{id}'"))
                .isEqualTo(before + 1);
    }

    @Test
    void the_openapi_document_describes_every_endpoint_with_its_roles() {
        JsonNode doc = Http.json(new Http(server).get("/api/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.at("/paths/~1api~1v1~1customers/get/description").asText()).contains("admin").contains("audit log");
        assertThat(doc.at("/components/schemas/Problem/required").toString()).contains("title", "status", "detail");
    }
}
