package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.http.ActSeed;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.store.Db;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts, cases and their workflow, the follow-up KPIs and feedback over the REST API: success paths and bad input. */
class AlertsAndCasesApiTest {
    static final String XSS = "<script>window.__xss=1</script> the delivery was late";
    private static WebFixture server;
    private static Http admin;
    private static ActSeed seed;
    private static long overdueCase;
    private static long freshCase;
    private static long failedAlert;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        seed = new ActSeed(server.app());
        Db.update(server.app().workspace().connection(), "INSERT INTO feedback (source, feedback_id, customer_id, responded_at, survey, channel, nps, text) "
                + "VALUES ('survey', 'FB-XSS', 7, TIMESTAMP '2026-10-29 10:00:00', 'relationship', 'email', 2, ?)", XSS);
        overdueCase = seed.caseFor("anna", 7, "high", "Detractor NPS 2", "FB-XSS", ActSeed.AT);
        freshCase = seed.caseFor("bela", 8, "low", "Low-priority follow-up", null, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        failedAlert = seed.failedAlert("service-queue", 9, "550 mailbox unavailable");
        admin = new Http(server).signedIn("admin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<Long> ids(JsonNode page, String field) {
        List<Long> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get(field).asLong()));
        return out;
    }

    @Test
    void alerts_are_listed_and_filtered_by_status_priority_rule_and_recipient() {
        JsonNode all = Http.json(admin.get("/api/v1/alerts?sort=alert_id&order=desc"));
        long alerts = Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM alerts");
        assertThat(all.get("total").asLong()).isEqualTo(alerts).isGreaterThanOrEqualTo(3);
        assertThat(ids(all, "alert_id")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(Http.json(admin.get("/api/v1/alerts?status=failed")).get("items")).singleElement()
                .satisfies(a -> assertThat(a.get("failed_deliveries").asInt()).isEqualTo(1));
        assertThat(ids(Http.json(admin.get("/api/v1/alerts?priority=high,low&routed_to=anna,bela")), "customer_id")).containsExactlyInAnyOrder(7L, 8L);
        assertThat(ids(Http.json(admin.get("/api/v1/alerts?routed_to=bela")), "customer_id")).containsExactly(8L);
        assertThat(Http.json(admin.get("/api/v1/alerts?rule_id=a-class-detractor")).get("total").asLong()).isEqualTo(1);
        HttpResponse<String> csv = admin.get("/api/v1/alerts?format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize((int) alerts + 1);
    }

    @Test
    void an_alert_shows_its_failed_delivery_with_the_error() {
        JsonNode a = Http.json(admin.get("/api/v1/alerts/" + failedAlert));
        assertThat(a.get("status").asText()).isEqualTo("failed");
        assertThat(a.get("deliveries")).singleElement().satisfies(d -> {
            assertThat(d.get("status").asText()).isEqualTo("failed");
            assertThat(d.get("last_error").asText()).isEqualTo("550 mailbox unavailable");
        });
    }

    @Test
    void bad_alert_requests_get_400_or_404_problems() {
        assertProblem(admin.get("/api/v1/alerts?status=lost"), 400, "parameter 'status'");
        assertProblem(admin.get("/api/v1/alerts?priority=critical"), 400, "parameter 'priority'");
        assertProblem(admin.get("/api/v1/alerts?customer_id=abc"), 400, "customer_id");
        assertProblem(admin.get("/api/v1/alerts/999999"), 404, "no alert 999999");
        assertProblem(admin.get("/api/v1/alerts/x"), 400, "path 'id'");
    }

    @Test
    void cases_are_filtered_by_status_owner_priority_and_overdue() {
        assertThat(Http.json(admin.get("/api/v1/cases")).get("total").asLong())
                .isEqualTo(Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM cases"));
        assertThat(ids(Http.json(admin.get("/api/v1/cases?overdue=true&owner=anna,bela")), "case_id")).containsExactly(overdueCase);
        assertThat(ids(Http.json(admin.get("/api/v1/cases?overdue=false&owner=anna,bela")), "case_id")).containsExactly(freshCase);
        assertThat(ids(Http.json(admin.get("/api/v1/cases?owner=bela")), "case_id")).containsExactly(freshCase);
        assertThat(ids(Http.json(admin.get("/api/v1/cases?priority=high&status=assigned&owner=anna,bela")), "case_id")).containsExactly(overdueCase);
        assertThat(Http.json(admin.get("/api/v1/cases?status=closed&owner=anna,bela")).get("total").asLong()).isZero();
        assertProblem(admin.get("/api/v1/cases?status=done"), 400, "expected one of [assigned, closed, in_progress, open, resolved]");
        assertProblem(admin.get("/api/v1/cases?overdue=maybe"), 400, "parameter 'overdue'");
    }

    @Test
    void a_case_shows_its_history_alert_and_the_feedback_that_opened_it_as_plain_text() {
        JsonNode k = Http.json(admin.get("/api/v1/cases/" + overdueCase));
        assertThat(k.get("owner").asText()).isEqualTo("anna");
        assertThat(k.get("overdue").asBoolean()).isTrue();
        assertThat(k.get("history")).hasSize(2);
        assertThat(k.get("alerts")).singleElement().satisfies(a -> assertThat(a.get("routed_to").asText()).isEqualTo("anna"));
        assertThat(k.get("source").get("kind").asText()).isEqualTo("feedback");
        assertThat(k.get("source").get("item").get("text").asText()).isEqualTo(XSS);
        assertThat(k.get("customer_url").asText()).isEqualTo("/api/v1/customers/7");
        assertProblem(admin.get("/api/v1/cases/424242"), 404, "no case 424242");
    }

    @Test
    void the_workflow_goes_from_assigned_to_closed_and_refuses_moves_the_lifecycle_does_not_allow() {
        long id = seed.caseFor("carla", 11);
        assertProblem(post("/api/v1/cases/" + id + "/close", ""), 409, "is assigned and cannot become closed");
        JsonNode k = Http.json(post("/api/v1/cases/" + id + "/assign", "{\"owner\": \"dora\"}"));
        assertThat(k.get("owner").asText()).isEqualTo("dora");
        assertThat(Http.json(post("/api/v1/cases/" + id + "/start", "")).get("first_contact_at").isNull()).isFalse();
        k = Http.json(post("/api/v1/cases/" + id + "/notes", "{\"text\": \"Called, <b>replacement</b> sent\"}"));
        assertThat(k.get("notes")).singleElement().satisfies(n -> {
            assertThat(n.get("text").asText()).isEqualTo("Called, <b>replacement</b> sent");
            assertThat(n.get("author").asText()).isEqualTo("admin");
        });
        assertThat(Http.json(post("/api/v1/cases/" + id + "/resolve", "{\"outcome\": \"recovered\"}")).get("outcome").asText()).isEqualTo("recovered");
        k = Http.json(post("/api/v1/cases/" + id + "/close", null));
        assertThat(k.get("status").asText()).isEqualTo("closed");
        assertThat(k.get("history")).extracting(h -> h.get("to_status").asText())
                .containsExactly("open", "assigned", "assigned", "in_progress", "resolved", "closed");
        assertProblem(post("/api/v1/cases/" + id + "/start", ""), 409, "(it is final)");
    }

    @Test
    void workflow_calls_with_bad_bodies_get_400_and_change_nothing() {
        long id = seed.caseFor("carla", 12);
        assertProblem(post("/api/v1/cases/" + id + "/assign", "{}"), 400, "body field 'owner' is missing");
        assertProblem(post("/api/v1/cases/" + id + "/assign", "{\"owner\": 42}"), 400, "expected a non-empty string");
        assertProblem(post("/api/v1/cases/" + id + "/assign", "{\"owner\": "), 400, "body is not JSON");
        assertProblem(post("/api/v1/cases/" + id + "/assign", "[1]"), 400, "expected a JSON object");
        assertProblem(post("/api/v1/cases/" + id + "/notes", "{\"text\": \"   \"}"), 400, "body field 'text'");
        assertProblem(post("/api/v1/cases/" + id + "/resolve", "{\"outcome\": \"happy\"}"), 400, "expected one of [recovered, lost");
        assertProblem(post("/api/v1/cases/999999/start", ""), 404, "no case 999999");
        JsonNode k = Http.json(admin.get("/api/v1/cases/" + id));
        assertThat(k.get("status").asText()).isEqualTo("assigned");
        assertThat(k.get("owner").asText()).isEqualTo("carla");
        assertThat(k.get("notes")).isEmpty();
    }

    @Test
    void workflow_calls_need_the_csrf_token() {
        long id = seed.caseFor("carla", 13);
        Http forged = new Http(server).signedIn("analyst");
        forged.useCsrf("forged");
        assertProblem(forged.send("POST", "/api/v1/cases/" + id + "/start", "", "application/json"), 403, "CSRF");
        assertThat(Http.json(admin.get("/api/v1/cases/" + id)).get("status").asText()).isEqualTo("assigned");
    }

    @Test
    void kpis_count_followed_up_negative_feedback_and_recovery() {
        long id = seed.caseFor("carla", 14);
        post("/api/v1/cases/" + id + "/resolve", "{\"outcome\": \"lost\"}");
        JsonNode k = Http.json(admin.get("/api/v1/cases/kpis?from=2026-10-01&to=2026-10-31"));
        long negative = Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM feedback WHERE nps <= 6 "
                + "AND responded_at >= TIMESTAMP '2026-10-01' AND responded_at < TIMESTAMP '2026-11-01'");
        assertThat(k.get("negative_feedback").asLong()).isEqualTo(negative).isPositive();
        assertThat(k.get("negative_feedback_followed_up").asLong()).isPositive();
        assertThat(k.get("cases").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(k.get("with_outcome").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(k.get("recovery_rate").isNull()).isFalse();
        assertProblem(admin.get("/api/v1/cases/kpis?from=2026-10-31&to=2026-10-01"), 400, "is before 'from'");
        assertProblem(admin.get("/api/v1/cases/kpis?from=yesterday"), 400, "expected a date YYYY-MM-DD");
        assertThat(new Http(server).signedIn("viewer").get("/api/v1/cases/kpis").statusCode()).isEqualTo(200);
    }

    @Test
    void feedback_is_filtered_by_channel_score_period_and_text_and_its_text_is_returned_as_data() {
        JsonNode f = Http.json(admin.get("/api/v1/feedback?q=DELIVERY%20WAS%20late&channel=email&max_nps=3&from=2026-10-29&to=2026-10-29"));
        assertThat(f.get("items")).singleElement().satisfies(i -> {
            assertThat(i.get("feedback_id").asText()).isEqualTo("FB-XSS");
            assertThat(i.get("text").asText()).isEqualTo(XSS);
        });
        long detractors = Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM feedback WHERE nps BETWEEN 0 AND 6");
        assertThat(Http.json(admin.get("/api/v1/feedback?max_nps=6&size=1")).get("total").asLong()).isEqualTo(detractors);
        HttpResponse<String> json = admin.get("/api/v1/feedback?q=window.__xss");
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertProblem(admin.get("/api/v1/feedback?min_nps=11"), 400, "parameter 'min_nps'");
        assertProblem(admin.get("/api/v1/feedback?min_nps=8&max_nps=3"), 400, "is below");
        assertProblem(admin.get("/api/v1/feedback?from=2026-13-01"), 400, "parameter 'from'");
    }

    private static HttpResponse<String> post(String path, String body) {
        return admin.send("POST", path, body, "application/json");
    }

    static void assertProblem(HttpResponse<String> r, int status, String detail) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode p = Http.json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asText()).contains(detail);
    }
}
