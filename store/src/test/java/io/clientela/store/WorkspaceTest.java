package io.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path tmp;

    @Test
    void creates_the_schema_on_first_open() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(Db.queryLong(ws.connection(), "SELECT count(*) FROM customers")).isZero();
        }
        try (Workspace again = Workspace.open(tmp.resolve("ws"), "test")) {
            assertThat(Db.queryLong(again.connection(), "SELECT count(*) FROM schema_version")).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void a_second_process_is_told_which_process_holds_the_workspace() throws Exception {
        Path dir = tmp.resolve("ws");
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), HoldWorkspace.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            assertThatThrownBy(() -> Workspace.open(dir, "test")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("is in use by another process (pid " + holder.pid() + ", holding it for a test");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        try (Workspace ws = Workspace.open(dir, "test")) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void a_workspace_written_by_a_newer_version_is_refused_untouched() {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir, "test")) {
            Db.update(ws.connection(), "INSERT INTO schema_version VALUES (99, 'V099__future.sql', now()::TIMESTAMP, '9.0.0')");
            Db.execute(ws.connection(), "CREATE TABLE future_table (x INTEGER)");
        }
        assertThatThrownBy(() -> Workspace.open(dir, "test")).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("schema version 99, written by Clientela 9.0.0")
                .hasMessageContaining("Upgrade Clientela").hasMessageContaining("nothing was changed");
        assertThatThrownBy(() -> Workspace.open(dir, "test")).hasMessageContaining("schema version 99");
    }

    @Test
    void a_failed_transaction_changes_nothing() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            assertThatThrownBy(() -> ws.inTransaction(c -> {
                Db.update(c, "INSERT INTO products VALUES ('p1', 's', 'n', 'c', 1, 1, 'EUR', 1)");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(Db.queryLong(ws.connection(), "SELECT count(*) FROM products")).isZero();
        }
    }
}
