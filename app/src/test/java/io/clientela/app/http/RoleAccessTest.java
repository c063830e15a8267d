package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every role × every endpoint: allowed (2xx) or denied (403); anonymous calls get 401. The table is written by hand. */
class RoleAccessTest {
    private static final List<String> ALL = List.of("admin", "analyst", "agent", "viewer");
    private static final List<String> PERSONAL = List.of("admin", "analyst", "agent");
    private static final List<String> ANALYSTS = List.of("admin", "analyst");
    private static final List<String> ADMIN = List.of("admin");

    /** method, documented path, concrete path, roles allowed. */
    private static final List<Object[]> TABLE = List.of(
            row("GET", "/api/v1/overview", "/api/v1/overview", ALL),
            row("GET", "/api/v1/filters", "/api/v1/filters", ALL),
            row("GET", "/api/v1/customers", "/api/v1/customers?q=a", PERSONAL),
            row("GET", "/api/v1/customers/{id}", "/api/v1/customers/1", PERSONAL),
            row("GET", "/api/v1/customers/{id}/export", "/api/v1/customers/1/export", ADMIN),
            row("DELETE", "/api/v1/customers/{id}", "/api/v1/customers/%d", ADMIN),
            row("GET", "/api/v1/value/rfm", "/api/v1/value/rfm", ALL),
            row("GET", "/api/v1/value/abc", "/api/v1/value/abc", ALL),
            row("GET", "/api/v1/value/quadrant", "/api/v1/value/quadrant", ALL),
            row("GET", "/api/v1/value/clv", "/api/v1/value/clv", ALL),
            row("GET", "/api/v1/value/cohorts", "/api/v1/value/cohorts", ALL),
            row("GET", "/api/v1/voice/summary", "/api/v1/voice/summary", ALL),
            row("GET", "/api/v1/voice/kpis", "/api/v1/voice/kpis", ALL),
            row("GET", "/api/v1/voice/sentiment", "/api/v1/voice/sentiment", ALL),
            row("GET", "/api/v1/voice/terms", "/api/v1/voice/terms", ALL),
            row("GET", "/api/v1/voice/themes", "/api/v1/voice/themes", ALL),
            row("GET", "/api/v1/voice/drivers", "/api/v1/voice/drivers", ALL),
            row("GET", "/api/v1/voice/comments", "/api/v1/voice/comments?nps_group=detractor", ALL),
            row("GET", "/api/v1/voice/comments/tags", "/api/v1/voice/comments/tags", ALL),
            row("GET", "/api/v1/segments", "/api/v1/segments", ALL),
            row("GET", "/api/v1/campaign-list/count", "/api/v1/campaign-list/count", ALL),
            row("GET", "/api/v1/campaign-list", "/api/v1/campaign-list", ANALYSTS),
            row("GET", "/api/v1/runs", "/api/v1/runs", ALL),
            row("GET", "/api/v1/runs/{id}", "/api/v1/runs/1", ALL),
            row("GET", "/api/v1/runs/{id}/customers", "/api/v1/runs/1/customers", ANALYSTS),
            row("GET", "/api/v1/imports", "/api/v1/imports", ANALYSTS),
            row("GET", "/api/v1/quarantine", "/api/v1/quarantine", ANALYSTS),
            row("GET", "/api/v1/audit", "/api/v1/audit", ADMIN));

    private static WebFixture server;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        // an agent reaches a customer only through a case or alert of theirs
        new io.clientela.app.http.ActSeed(server.app()).caseFor("agent", 1);
        // a comment of customer 2, whom each role's case below is about, to tag and untag
        io.clientela.store.Db.update(server.app().workspace().connection(), "INSERT INTO feedback (source, feedback_id, customer_id, responded_at, "
                + "survey, nps, text) VALUES ('survey', 'ROLE-2', 2, TIMESTAMP '2026-10-01 10:00:00', 'relationship', 3, 'Late delivery again')");
        server.app().actionRules().replace(RulesApiTest.GOOD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Object[] row(String method, String documented, String path, List<String> roles) {
        return new Object[] {method, documented, path, roles};
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_role_reaches_exactly_the_endpoints_in_the_table() {
        List<String> wrong = new ArrayList<>();
        int customer = 100;
        for (String role : ALL) {
            Http http = new Http(server).signedIn(role);
            for (Object[] r : TABLE) {
                String path = ((String) r[2]).contains("%d") ? String.format((String) r[2], customer++) : (String) r[2];
                HttpResponse<String> res = http.send((String) r[0], path, null, null);
                boolean allowed = ((List<String>) r[3]).contains(role);
                int expected = allowed ? 200 : 403;
                if (res.statusCode() != expected) {
                    wrong.add(role + " " + r[0] + " " + path + ": expected " + expected + ", got " + res.statusCode() + " " + res.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymous_callers_get_401_with_a_json_problem_everywhere() {
        Http anonymous = new Http(server);
        for (Object[] r : TABLE) {
            HttpResponse<String> res = anonymous.send((String) r[0], ((String) r[2]).replace("%d", "5"), null, null);
            assertThat(res.statusCode()).as((String) r[2]).isEqualTo(401);
            JsonNode p = Http.json(res);
            assertThat(p.get("status").asInt()).isEqualTo(401);
            assertThat(p.get("title").asText()).isEqualTo("Unauthorized");
            assertThat(p.get("detail").asText()).contains("sign in");
        }
    }

    @Test
    void the_table_covers_every_documented_endpoint() {
        JsonNode doc = Http.json(new Http(server).get("/api/openapi.json"));
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            e.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + e.getKey()));
        }
        Set<String> tested = new HashSet<>();
        TABLE.forEach(r -> tested.add(r[0] + " " + r[1]));
        ACT.forEach(r -> tested.add(r[0] + " " + r[1]));
        OPERATE.forEach(r -> tested.add(r[0] + " " + r[1]));
        assertThat(tested).isEqualTo(documented);
    }

    // Act: alerts, cases and their workflow, feedback, rules. {case} and {alert} are a case (and its alert) owned by the
    // signed-in user, created for each role, so that an agent reaches them; {me} is the user name.
    /** method, documented path, concrete path, body, roles allowed. */
    private static final List<Object[]> ACT = List.of(
            act("GET", "/api/v1/alerts", "/api/v1/alerts?status=new,failed", null, PERSONAL),
            act("GET", "/api/v1/alerts/{id}", "/api/v1/alerts/{alert}", null, PERSONAL),
            act("GET", "/api/v1/feedback", "/api/v1/feedback?max_nps=6", null, PERSONAL),
            act("GET", "/api/v1/cases/kpis", "/api/v1/cases/kpis", null, ALL),
            act("GET", "/api/v1/cases", "/api/v1/cases?status=assigned", null, PERSONAL),
            act("GET", "/api/v1/cases/{id}", "/api/v1/cases/{case}", null, PERSONAL),
            act("POST", "/api/v1/cases/{id}/assign", "/api/v1/cases/{case}/assign", "{\"owner\": \"{me}\"}", PERSONAL),
            act("POST", "/api/v1/cases/{id}/start", "/api/v1/cases/{case}/start", "", PERSONAL),
            act("POST", "/api/v1/cases/{id}/notes", "/api/v1/cases/{case}/notes", "{\"text\": \"Called\"}", PERSONAL),
            act("POST", "/api/v1/cases/{id}/resolve", "/api/v1/cases/{case}/resolve", "{\"outcome\": \"recovered\"}", PERSONAL),
            act("POST", "/api/v1/cases/{id}/close", "/api/v1/cases/{case}/close", "", PERSONAL),
            act("POST", "/api/v1/voice/comments/{source}/{id}/tags", "/api/v1/voice/comments/survey/ROLE-2/tags", "{\"tag\": \"{me}\"}", PERSONAL),
            act("DELETE", "/api/v1/voice/comments/{source}/{id}/tags", "/api/v1/voice/comments/survey/ROLE-2/tags?tag={me}", null, PERSONAL),
            act("GET", "/api/v1/rules", "/api/v1/rules", null, ANALYSTS),
            act("GET", "/api/v1/rules/file", "/api/v1/rules/file", null, ANALYSTS),
            act("GET", "/api/v1/outbox", "/api/v1/outbox", null, ANALYSTS),
            act("PUT", "/api/v1/rules/file", "/api/v1/rules/file", RulesApiTest.GOOD, ADMIN),
            act("POST", "/api/v1/rules/test", "/api/v1/rules/test", "{\"event\": {\"kind\": \"feedback\", \"customer_id\": 1, \"nps\": 2}}", ANALYSTS));

    private static Object[] act(String method, String documented, String path, String body, List<String> roles) {
        return new Object[] {method, documented, path, body, roles};
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_role_reaches_exactly_the_act_endpoints_in_the_table() {
        List<String> wrong = new ArrayList<>();
        io.clientela.app.http.ActSeed seed = new io.clientela.app.http.ActSeed(server.app());
        for (String role : ALL) {
            Http http = new Http(server).signedIn(role);
            long caseId = seed.caseFor(role, 2);
            for (Object[] r : ACT) {
                String path = ((String) r[2]).replace("{case}", Long.toString(caseId)).replace("{alert}", Long.toString(seed.alertOf(caseId)))
                        .replace("{me}", role);
                String body = r[3] == null ? null : ((String) r[3]).replace("{me}", role);
                HttpResponse<String> res = http.send((String) r[0], path, body, body == null ? null : r[0].equals("PUT") ? "application/yaml" : "application/json");
                int expected = ((List<String>) r[4]).contains(role) ? 200 : 403;
                if (res.statusCode() != expected) {
                    wrong.add(role + " " + r[0] + " " + path + ": expected " + expected + ", got " + res.statusCode() + " " + res.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymous_callers_get_401_on_every_act_endpoint() {
        Http anonymous = new Http(server);
        for (Object[] r : ACT) {
            HttpResponse<String> res = anonymous.send((String) r[0], ((String) r[2]).replace("{case}", "1").replace("{alert}", "1").replace("{me}", "x"), (String) r[3],
                    "application/json");
            assertThat(res.statusCode()).as((String) r[2]).isEqualTo(401);
            assertThat(Http.json(res).get("detail").asText()).contains("sign in");
        }
    }

    // Operate: users (admins) and analyses started while serving (analysts); {me} is the signed-in user's name.
    /** method, documented path, concrete path, body, roles allowed, the statuses that mean allowed. */
    private static final List<Object[]> OPERATE = List.of(
            operate("GET", "/api/v1/users", "/api/v1/users", null, ADMIN, 200),
            operate("POST", "/api/v1/users", "/api/v1/users", "{\"username\": \"op-{me}\", \"role\": \"viewer\", \"password\": \""
                    + WebFixture.PASSWORD + "\"}", ADMIN, 201),
            operate("PATCH", "/api/v1/users/{name}", "/api/v1/users/op-{me}", "{\"role\": \"agent\"}", ADMIN, 200),
            operate("DELETE", "/api/v1/users/{name}", "/api/v1/users/op-{me}", null, ADMIN, 204),
            operate("POST", "/api/v1/runs", "/api/v1/runs", "{\"analyses\": [\"rfm\"]}", ANALYSTS, 202, 409),
            operate("POST", "/api/v1/voice/runs", "/api/v1/voice/runs", "{}", ANALYSTS, 202, 409),
            operate("GET", "/api/v1/jobs", "/api/v1/jobs", null, ANALYSTS, 200),
            operate("GET", "/api/v1/jobs/{id}", "/api/v1/jobs/1", null, ANALYSTS, 200),
            operate("GET", "/api/v1/saved-segments", "/api/v1/saved-segments", null, ALL, 200),
            operate("POST", "/api/v1/saved-segments", "/api/v1/saved-segments", "{\"name\": \"op-{me}\", \"filters\": {\"abc\": \"A\"}}", ANALYSTS, 201),
            operate("DELETE", "/api/v1/saved-segments/{id}", "/api/v1/saved-segments/999999", null, ANALYSTS, 404));

    private static Object[] operate(String method, String documented, String path, String body, List<String> roles, Integer... allowed) {
        return new Object[] {method, documented, path, body, roles, List.of(allowed)};
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_role_reaches_exactly_the_operate_endpoints_in_the_table() {
        List<String> wrong = new ArrayList<>();
        for (String role : ALL) {
            Http http = new Http(server).signedIn(role);
            for (Object[] r : OPERATE) {
                String path = ((String) r[2]).replace("{me}", role);
                String body = r[3] == null ? null : ((String) r[3]).replace("{me}", role);
                HttpResponse<String> res = http.send((String) r[0], path, body, body == null ? null : "application/json");
                List<Integer> expected = ((List<String>) r[4]).contains(role) ? (List<Integer>) r[5] : List.of(403);
                if (!expected.contains(res.statusCode())) {
                    wrong.add(role + " " + r[0] + " " + path + ": expected " + expected + ", got " + res.statusCode() + " " + res.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymous_callers_get_401_on_every_operate_endpoint() {
        Http anonymous = new Http(server);
        for (Object[] r : OPERATE) {
            HttpResponse<String> res = anonymous.send((String) r[0], ((String) r[2]).replace("{me}", "x"), (String) r[3], "application/json");
            assertThat(res.statusCode()).as((String) r[2]).isEqualTo(401);
            assertThat(Http.json(res).get("detail").asText()).contains("sign in");
        }
    }
}
