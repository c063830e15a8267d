package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.app.App;
import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The logging section of clientela.yaml, and what a command leaves in the workspace's logs folder. */
class LoggingTest {
    @TempDir
    Path tmp;

    @Test
    void the_levels_in_clientela_yaml_take_effect_and_another_workspace_has_its_own() throws Exception {
        Path ws = tmp.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("clientela.yaml"), "logging:\n  level: warn\n  loggers:\n    clientela.sql: trace\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (App app = App.open(ws, "test", Cli.CLOCK)) {
            Db.queryLong(app.workspace().connection(), "SELECT 42 AS answer");
            assertThat(LoggerFactory.getLogger("io.clientela.app.Anything").isInfoEnabled()).isFalse();
            assertThat(LoggerFactory.getLogger("io.clientela.app.Anything").isWarnEnabled()).isTrue();
        } finally {
            System.setErr(stderr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("TRACE sql: \\d+ ms SELECT 42 AS answer");

        App.open(tmp.resolve("plain"), "test", Cli.CLOCK).close();
        assertThat(LoggerFactory.getLogger("io.clientela.app.Anything").isInfoEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("clientela.sql").isDebugEnabled()).isFalse();
    }

    @Test
    void a_bad_logging_key_fails_at_start_up_naming_its_line() throws Exception {
        Path ws = tmp.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("clientela.yaml"), "identity:\n  default_country: GB\nlogging:\n  levle: debug\n");
        Cli.Result r = new Cli(ws).run("status");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("line 4").contains("unknown key 'levle'");

        Files.writeString(ws.resolve("clientela.yaml"), "logging:\n  access_log: true\n  level: loud\n");
        r = new Cli(ws).run("status");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).endsWith("line 3: 'loud' is not a log level (off, error, warn, info, debug or trace)");
    }

    @Test
    void a_plain_command_leaves_no_log_file() {
        Path ws = tmp.resolve("ws");
        Workspace.open(ws, "test").close(); // an empty workspace: no logging configured
        Cli.Result r = new Cli(ws).run("status");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(ws.resolve("logs")).doesNotExist();
    }

    @Test
    void a_fault_is_one_line_for_the_person_and_its_stack_trace_goes_to_the_error_log() throws Exception {
        Path ws = tmp.resolve("ws");
        try (App app = App.open(ws, "test", Cli.CLOCK)) {
            Db.execute(app.workspace().connection(), "DROP TABLE sales_targets"); // a damaged workspace
        }

        Cli.Result r = new Cli(ws).run("status");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error: database error: Catalog Error").doesNotContain("\n").doesNotContain("at io.clientela");
        assertThat(r.out()).isEmpty();
        String log = Files.readString(ws.resolve("logs/error.log"));
        assertThat(log).contains("clientela status failed; the statement was: SELECT count(*) FROM sales_targets")
                .contains("io.clientela.store.StoreException: database error: Catalog Error")
                .contains("\tat io.clientela.store.WorkspaceStatus.of(");
    }
}
