package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.Users;
import io.clientela.service.rules.ActionRules;
import io.clientela.store.Db;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serve} runs: a rule file replaced through {@code PUT /api/v1/rules/file} is in force
 * for the next collected item without a restart, and a server started without a rule file starts
 * evaluating once one is saved.
 */
class RulesReplacedWhileServingTest {
    static final String RULE = """
            routing:
              - fallback: service@example.com
            rules:
              - id: %s
                on: feedback
                when: item.nps <= %d
                actions:
                  - case: high
            """;

    @TempDir
    Path tmp;
    App app;
    Serving serving;
    String writeKey;
    String cookie;
    String csrf;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    void start(Path rules) throws Exception {
        app = App.open(tmp.resolve("ws"), "test", TestServer.CLOCK);
        writeKey = app.apiKeys().create(Role.WRITER, "web", "tracker").secret();
        new Users(app.handle(), Clock.systemUTC(), new PasswordHasher(1_000)).add("root", Role.ADMIN, "a long password".toCharArray());
        ActionRules live = app.actionRules();
        live.serve(rules);
        serving = app.serve(new ServerSettings("127.0.0.1", 0, 1 << 20, 1000), live, 50_000, 5_000, true).also(live);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(serving.url() + "/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"root\", \"password\": \"a long password\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        cookie = login.headers().allValues("Set-Cookie").get(0).split(";", 2)[0];
        csrf = json.readTree(login.body()).get("csrf_token").asText();
    }

    @AfterEach
    void stop() {
        if (serving != null) {
            serving.close();
        }
        app.close();
    }

    HttpResponse<String> put(String yaml) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/rules/file")).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/yaml").PUT(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    void feedback(String id, int nps) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/feedback"))
                .header("Authorization", "Bearer " + writeKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"feedback_id\": \"" + id + "\", \"customer_id\": \"c-" + id
                        + "\", \"responded_at\": \"2026-10-31 10:00:00\", \"nps\": " + nps + "}]")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    }

    long firings(String rule) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            n = Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM rule_firings WHERE rule_id = ?", rule);
            if (n > 0) {
                return n;
            }
            Thread.sleep(100);
        }
        return n;
    }

    @Test
    void a_replaced_rule_file_is_in_force_for_the_next_item_without_a_restart() throws Exception {
        Path file = tmp.resolve("rules.yaml");
        Files.writeString(file, RULE.formatted("strict", 2));
        start(file);
        HttpResponse<String> r = put(RULE.formatted("lenient", 8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("live").asBoolean()).isTrue();
        assertThat(Files.readString(file)).contains("lenient");
        feedback("f1", 7);
        assertThat(firings("lenient")).isEqualTo(1);
        assertThat(firings("strict")).isZero();
    }

    @Test
    void a_bad_file_leaves_the_rules_in_force_running() throws Exception {
        Path file = tmp.resolve("rules.yaml");
        Files.writeString(file, RULE.formatted("strict", 2));
        start(file);
        HttpResponse<String> r = put(RULE.formatted("lenient", 8).replace("item.nps <= 8", "item.nps <== 8"));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("detail").asText()).startsWith("rules.yaml line 6, column");
        feedback("f2", 1);
        assertThat(firings("strict")).isEqualTo(1);
        assertThat(Files.readString(file)).contains("strict");
    }

    @Test
    void a_server_started_without_rules_evaluates_the_file_once_it_is_saved_in_the_workspace() throws Exception {
        start(null);
        feedback("f3", 1);
        Thread.sleep(300);
        assertThat(put(RULE.formatted("lenient", 8)).statusCode()).isEqualTo(200);
        assertThat(tmp.resolve("ws").resolve(ActionRules.DEFAULT_FILE)).exists();
        feedback("f4", 5);
        assertThat(firings("lenient")).isEqualTo(1);
    }
}
