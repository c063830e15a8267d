package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.app.Serving;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * While {@code serve} holds a workspace, the command line still works on it: each command runs inside
 * the server, through its admin channel, with the output and exit code it has when run alone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CommandsWhileServingTest {
    @TempDir
    Path tmp;
    private Path ws;
    private App app;
    private Serving serving;
    private Cli cli;

    @BeforeEach
    void serve() {
        ws = tmp.resolve("ws");
        cli = new Cli(ws);
        app = App.open(ws, "clientela serve", Cli.CLOCK);
        ServeCommand.ServerOptions options = CommandLine.populateCommand(new ServeCommand.ServerOptions(), "--port", "0");
        serving = options.start(app);
    }

    @AfterEach
    void stop() {
        serving.close();
        app.close();
    }

    @Test
    void commands_on_a_served_workspace_run_in_the_server_with_their_usual_output_and_exit_codes() throws Exception {
        Cli.Result status = cli.run("status", "--json");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(Output.JSON.readTree(status.out()).has("counts")).isTrue();

        Cli.Result added = withStdin("a-long-enough-password-42\n", () -> cli.run("user", "add", "boss", "--role", "admin", "--password-stdin"));
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(cli.run("user", "list").out()).contains("boss").contains("admin");

        Cli.Result unknown = cli.run("customer", "show", "NO-SUCH-CUSTOMER");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: ").doesNotContain("Exception");

        Cli.Result usage = cli.run("apikey", "create", "--role", "root");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("role must be write, read or admin");
    }

    @Test
    void a_key_made_or_revoked_on_the_command_line_counts_at_once_in_the_running_server() throws Exception {
        Cli.Result created = cli.run("apikey", "create", "--role", "write", "--source", "shop", "--json");
        assertThat(created.code()).as(created.err()).isZero();
        JsonNode key = Output.JSON.readTree(created.out());

        assertThat(postEvent(key.get("key").asText(), "e1")).isEqualTo(202);

        assertThat(cli.run("apikey", "revoke", key.get("key_id").asText()).code()).isZero();
        assertThat(postEvent(key.get("key").asText(), "e2")).isEqualTo(401);
    }

    @Test
    void an_analysis_runs_while_the_server_serves() {
        Cli.Result r = cli.run("analyze", "value", "--json");
        // an empty workspace has nothing to analyse: the same clear refusal as without a server, not a lock error
        assertThat(r.err()).doesNotContain("in use by another process");
        assertThat(r.code()).isIn(0, 1, 2);
    }

    @Test
    void the_door_is_for_the_workspace_owner_only_and_refuses_a_wrong_secret() throws Exception {
        Path file = ws.resolve(AdminChannel.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        AdminClient.Door door = AdminClient.find(ws).orElseThrow();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(door.socket()))).isEqualTo("rw-------");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AdminClient.Door forged = new AdminClient.Door(door.socket(), "not-the-secret", door.pid(), door.url());
        int code = AdminClient.run(forged, List.of("user", "list"), new PrintWriter(out, true), new PrintWriter(err, true), Terminal.local())
                .orElseThrow();
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("wrong secret");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_second_server_on_the_workspace_is_refused_with_where_the_first_one_serves() {
        Cli.Result r = cli.run("serve", "--port", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("already served at " + serving.url());
    }

    @Test
    void stopping_the_server_removes_the_door() {
        serving.close();
        assertThat(ws.resolve(AdminChannel.FILE)).doesNotExist();
        assertThat(AdminClient.find(ws)).isEmpty();
    }

    private int postEvent(String key, String id) throws Exception {
        String body = "{\"event_id\":\"" + id + "\",\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:00:00Z\",\"anonymous_id\":\"a1\"}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/events")).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static Cli.Result withStdin(String text, java.util.function.Supplier<Cli.Result> run) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(before);
        }
    }
}
