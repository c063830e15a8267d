package io.clientela.app.http;

import static io.clientela.app.http.AlertsAndCasesApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.app.http.ActSeed;
import io.clientela.app.http.WebFixture;
import io.clientela.service.access.ApiKeys;
import io.clientela.service.access.NewApiKey;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Machines on the REST API with an API key: read keys act as viewers, admin keys as analysts, write keys and changes are refused. */
class RestApiKeysTest {
    private static WebFixture server;
    private static ApiKeys keys;
    private static NewApiKey read;
    private static NewApiKey admin;
    private static NewApiKey write;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        keys = new ApiKeys(server.app().handle(), Clock.systemUTC(), new SecureRandom());
        read = keys.create(Role.VIEWER, "bi", "reporting");
        admin = keys.create(Role.ADMIN, "crm", "crm sync");
        write = keys.create(Role.WRITER, "web", "tracker");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> call(String method, String path, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        if (header != null) {
            b.header(header, value);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, NewApiKey key) throws Exception {
        return call("GET", path, "Authorization", "Bearer " + key.secret());
    }

    @Test
    void a_read_key_reads_aggregates_like_a_viewer_but_no_personal_data() throws Exception {
        assertThat(get("/api/v1/overview", read).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/value/rfm", "X-Api-Key", read.secret()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cases/kpis", read).statusCode()).isEqualTo(200);
        assertProblem(get("/api/v1/customers", read), 403, "acting as viewer");
        assertProblem(get("/api/v1/cases", read), 403, "may not use GET /api/v1/cases");
    }

    @Test
    void an_admin_key_reads_personal_data_like_an_analyst_and_each_read_is_audited_under_the_key() throws Exception {
        assertThat(get("/api/v1/customers?size=5", admin).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cases", admin).statusCode()).isEqualTo(200);
        assertThat(Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM audit_log WHERE username = ? AND role = 'analyst' "
                + "AND action = 'GET /api/v1/customers'", "apikey:" + admin.key().keyId())).isEqualTo(1);
        assertProblem(get("/api/v1/audit", admin), 403, "acting as analyst");
    }

    @Test
    void a_write_key_a_bad_key_and_a_revoked_key_are_refused() throws Exception {
        assertProblem(get("/api/v1/overview", write), 403, "has role 'write', which may only send data to the collector");
        assertProblem(call("GET", "/api/v1/overview", "Authorization", "Bearer clk_nothere_secret"), 401, "not valid");
        assertProblem(call("GET", "/api/v1/overview", "X-Api-Key", "garbage"), 401, "malformed");
        NewApiKey gone = keys.create(Role.VIEWER, "bi", "old");
        assertThat(get("/api/v1/overview", gone).statusCode()).isEqualTo(200);
        keys.revoke(gone.key().keyId());
        assertProblem(get("/api/v1/overview", gone), 401, "was revoked");
    }

    @Test
    void keys_may_only_read_and_change_nothing() throws Exception {
        long id = new ActSeed(server.app()).caseFor("agent", 31);
        HttpResponse<String> r = call("POST", "/api/v1/cases/" + id + "/start", "Authorization", "Bearer " + admin.secret());
        assertProblem(r, 403, "API keys may only read the REST API");
        assertThat(Db.queryValue(server.app().workspace().connection(), "SELECT status FROM cases WHERE case_id = ?", id)).isEqualTo("assigned");
        assertProblem(call("PUT", "/api/v1/rules/file", "X-Api-Key", admin.secret()), 403, "may only read");
    }
}
