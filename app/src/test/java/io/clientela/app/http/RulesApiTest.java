package io.clientela.app.http;

import static io.clientela.app.http.AlertsAndCasesApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.service.rules.ActionRules;
import io.clientela.store.Db;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action rules through the REST API on a server started without a rule file: read, replace (validated), dry run. */
class RulesApiTest {
    static final String GOOD = """
            recipients:
              service: {email: service@example.com}
            routing:
              - fallback: service
            rules:
              - id: detractor
                on: feedback
                when: item.nps <= 6
                actions:
                  - alert: {priority: high, title: "Detractor (NPS {item.nps})"}
                  - case: high
            """;
    static final String BAD = """
            rules:
              - id: detractor
                on: feedback
                when: item.nps <=
                actions:
                  - case: high
            """;

    @TempDir
    Path tmp;
    WebFixture server;
    Http admin;

    @BeforeEach
    void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        admin = new Http(server).signedIn("admin");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String quoted(String text) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text).toString();
    }

    private HttpResponse<String> put(Http who, String yaml) {
        return who.send("PUT", "/api/v1/rules/file", yaml, "application/yaml");
    }

    @Test
    void without_a_rule_file_nothing_is_in_force_and_the_file_is_404() {
        JsonNode r = Http.json(admin.get("/api/v1/rules"));
        assertThat(r.get("in_force").asBoolean()).isFalse();
        assertThat(r.get("rules")).isEmpty();
        assertProblem(admin.get("/api/v1/rules/file"), 404, "PUT /api/v1/rules/file creates it");
    }

    @Test
    void a_good_file_is_saved_in_the_workspace_and_listed_with_how_often_each_rule_fired() throws Exception {
        Db.update(server.app().workspace().connection(), "INSERT INTO rule_firings VALUES (nextval('firing_seq'), 'detractor', '7', 7, 'feedback', "
                + "NULL, 'f1', TIMESTAMP '2026-10-30 10:00:00', 0), (nextval('firing_seq'), 'detractor', '8', 8, 'feedback', NULL, 'f2', "
                + "TIMESTAMP '2026-10-31 10:00:00', 0)");
        HttpResponse<String> saved = put(admin, GOOD);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        Path file = tmp.resolve("ws").resolve(ActionRules.DEFAULT_FILE);
        assertThat(Files.readString(file)).isEqualTo(GOOD);
        JsonNode r = Http.json(admin.get("/api/v1/rules"));
        assertThat(r.get("in_force").asBoolean()).isTrue();
        assertThat(r.get("file").asText()).isEqualTo(ActionRules.DEFAULT_FILE);
        assertThat(r.get("rules")).singleElement().satisfies(rule -> {
            assertThat(rule.get("id").asText()).isEqualTo("detractor");
            assertThat(rule.get("fired").asLong()).isEqualTo(2);
            assertThat(rule.get("when").asText()).isEqualTo("item.nps <= 6");
        });
        HttpResponse<String> yaml = new Http(server).signedIn("analyst").get("/api/v1/rules/file");
        assertThat(yaml.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(yaml.body()).isEqualTo(GOOD);
    }

    @Test
    void a_bad_file_gets_400_naming_line_and_column_and_the_rules_in_force_stay() throws Exception {
        assertThat(put(admin, GOOD).statusCode()).isEqualTo(200);
        assertProblem(put(admin, BAD), 400, "action-rules.yaml line 4, column");
        assertProblem(put(admin, "rules: [\n  - id: x\n"), 400, "action-rules.yaml line 2, column 3: YAML syntax error");
        assertProblem(put(admin, ""), 400, "empty body");
        assertThat(Files.readString(tmp.resolve("ws").resolve(ActionRules.DEFAULT_FILE))).isEqualTo(GOOD);
        assertThat(Http.json(admin.get("/api/v1/rules")).get("rules").get(0).get("when").asText()).isEqualTo("item.nps <= 6");
    }

    @Test
    void only_an_admin_may_replace_the_file() {
        assertProblem(put(new Http(server).signedIn("analyst"), GOOD), 403, "role analyst may not use PUT");
        assertThat(Files.exists(tmp.resolve("ws").resolve(ActionRules.DEFAULT_FILE))).isFalse();
    }

    @Test
    void a_dry_run_says_what_would_fire_and_writes_nothing() {
        Http analyst = new Http(server).signedIn("analyst");
        HttpResponse<String> r = analyst.send("POST", "/api/v1/rules/test", "{\"rules\": " + quoted(GOOD)
                + ", \"events\": [{\"kind\": \"feedback\", \"customer_id\": 7, \"nps\": 3}, {\"kind\": \"feedback\", \"customer_id\": 8, \"nps\": 9}]}",
                "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode e = Http.json(r);
        assertThat(e.get("evaluated").asInt()).isEqualTo(2);
        assertThat(e.get("fired")).singleElement().satisfies(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("detractor");
            assertThat(f.get("subject").asText()).isEqualTo("7");
        });
        assertThat(Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM alerts")).isZero();
        assertThat(Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM rule_firings")).isZero();
        assertThat(put(admin, GOOD).statusCode()).isEqualTo(200);
        JsonNode inForce = Http.json(analyst.send("POST", "/api/v1/rules/test", "{\"event\": {\"kind\": \"feedback\", \"customer_id\": 7, \"nps\": 1}}",
                "application/json"));
        assertThat(inForce.get("fired")).hasSize(1);
    }

    @Test
    void a_dry_run_with_bad_input_gets_400_naming_the_field() {
        Http analyst = new Http(server).signedIn("analyst");
        String path = "/api/v1/rules/test";
        assertProblem(analyst.send("POST", path, "{\"event\": {\"kind\": \"feedback\", \"nps\": 1}}", "application/json"), 400, "no rules in force");
        String rules = "\"rules\": " + quoted(GOOD);
        assertProblem(analyst.send("POST", path, "{" + rules + ", \"event\": {\"kind\": \"tweet\"}}", "application/json"), 400,
                "body field 'event' field 'kind': expected event, feedback, order or ticket");
        assertProblem(analyst.send("POST", path, "{" + rules + ", \"event\": {\"kind\": \"feedback\", \"customer_id\": \"x1\"}}", "application/json"),
                400, "field 'customer_id'");
        assertProblem(analyst.send("POST", path, "{" + rules + "}", "application/json"), 400, "either 'event'");
        assertProblem(analyst.send("POST", path, "{\"rules\": " + quoted(BAD) + ", \"event\": {\"kind\": \"feedback\"}}",
                "application/json"), 400, "body field 'rules': rules line 4, column");
        assertProblem(analyst.send("POST", path, "", "application/json"), 400, "empty body");
    }
}
