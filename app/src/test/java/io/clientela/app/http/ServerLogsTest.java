package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.service.access.AuthSettings;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's logs in the workspace folder: a fault is in {@code logs/error.log} with its stack
 * trace, every request is one line of {@code logs/access.log}, and neither holds personal data.
 */
class ServerLogsTest {
    private static final String PERSONAL = "annsmith";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path ws;

    @Test
    void a_failing_request_is_in_the_error_log_with_its_stack_trace_and_the_client_sees_no_class_name() throws Exception {
        try (App app = App.open(ws, "test", TestServer.CLOCK); Serving server = app.serveDashboard(settings(), AuthSettings.DEFAULT)) {
            String key = app.apiKeys().create(Role.ADMIN, "ops", "logs").secret();
            storeARunWithADamagedResult(app.workspace().connection(), "{\"note\": " + PERSONAL + "}");

            HttpResponse<String> r = get(server, "/api/v1/runs/1", key);

            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).contains("the server failed on GET /api/v1/runs/1")
                    .doesNotContain("Exception").doesNotContain("io.clientela").doesNotContain("jackson").doesNotContain(PERSONAL);
            String log = Files.readString(ws.resolve("logs/error.log"));
            assertThat(log).contains("ERROR").contains("GET /api/v1/runs/1 failed")
                    .contains("io.clientela.store.StoreException: a JSON document in the workspace is damaged")
                    .contains("\tat io.clientela.store.value.ValueRuns.result(")
                    .contains("Caused by: com.fasterxml.jackson.core.JsonParseException: Unrecognized token '…'");
            assertThat(log).doesNotContain(PERSONAL).doesNotContain(key);
        }
    }

    @Test
    void the_access_log_has_one_line_per_request_without_its_query_string() throws Exception {
        try (App app = App.open(ws, "test", TestServer.CLOCK); Serving server = app.serveDashboard(settings(), AuthSettings.DEFAULT)) {
            String key = app.apiKeys().create(Role.ADMIN, "ops", "logs").secret();

            assertThat(get(server, "/api/v1/customers?q=" + PERSONAL + "%40example.com", key).statusCode()).isEqualTo(200);
            assertThat(get(server, "/api/v1/runs", key).statusCode()).isEqualTo(200);
            assertThat(get(server, "/api/v1/runs", null).statusCode()).isEqualTo(401);
            assertThat(get(server, "/no-such-page?email=" + PERSONAL + "%40example.com", null).statusCode()).isEqualTo(404);

            List<String> lines = awaitLines(ws.resolve("logs/access.log"), 4);
            assertThat(lines).hasSize(4);
            String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S+ ";
            assertThat(lines.get(0)).matches(time + "GET /api/v1/customers 200 \\d+ ms");
            assertThat(lines.get(1)).matches(time + "GET /api/v1/runs 200 \\d+ ms");
            assertThat(lines.get(2)).matches(time + "GET /api/v1/runs 401 \\d+ ms");
            assertThat(lines.get(3)).matches(time + "GET /no-such-page 404 \\d+ ms");
            assertThat(String.join("\n", lines)).doesNotContain(PERSONAL).doesNotContain("?").doesNotContain("127.0.0.1").doesNotContain(key);
            assertThat(ws.resolve("logs/error.log")).doesNotExist();
        }
    }

    private static ServerSettings settings() {
        return new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_MAX_BODY, ServerSettings.DEFAULT_MAX_ITEMS);
    }

    /** A value run whose stored result is no longer JSON, as a damaged workspace file would hold it. */
    private static void storeARunWithADamagedResult(Connection c, String damaged) {
        Db.update(c, "INSERT INTO analysis_runs VALUES (1, ['rfm'], DATE '2026-10-31', '{}', NULL, NULL, 'test', TIMESTAMP '2026-11-01 12:00:00', "
                + "TIMESTAMP '2026-11-01 12:00:01', 0, '{}')");
        Db.execute(c, "ALTER TABLE analysis_runs ALTER COLUMN result TYPE VARCHAR");
        Db.update(c, "UPDATE analysis_runs SET result = ? WHERE run_id = 1", damaged);
    }

    private HttpResponse<String> get(Serving server, String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The file's lines once it has {@code n} (the server writes a request's line just after answering it), or after five seconds. */
    static List<String> awaitLines(Path file, int n) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && (!Files.exists(file) || Files.readAllLines(file).size() < n)) {
            Thread.sleep(10);
        }
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
