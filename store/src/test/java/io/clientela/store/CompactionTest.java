package io.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compaction rewrites the database file without the deleted rows while the workspace stays open:
 * connections opened before it work after it, work in progress is let finish first, and work that
 * does not finish in time leaves the compaction to the next opening.
 */
class CompactionTest {
    private static final String SECRET = "erased.person@nowhere.example";

    @TempDir
    Path tmp;

    @Test
    void a_deleted_row_is_in_the_file_after_a_checkpoint_and_gone_after_a_compaction() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Connection other = ws.newConnection();
            writeAndDelete(ws.connection());
            Db.execute(ws.connection(), "CHECKPOINT");
            assertThat(inFile()).as("DuckDB keeps a deleted row's bytes").isPositive();

            Compaction done = ws.compact(5_000);

            assertThat(done.done()).isTrue();
            assertThat(inFile()).isZero();
            assertThat(Db.queryLong(other, "SELECT count(*) FROM case_notes")).as("a connection opened before").isEqualTo(1);
            assertThat(Db.queryLong(ws.connection(), "SELECT nextval('case_seq')")).as("sequences carry on").isEqualTo(3);
            try (Handle h = ws.open()) {
                Db.update(h.connection(), "INSERT INTO case_notes VALUES (3, TIMESTAMP '2026-11-01 10:00:00', 'agent', 'after')");
            }
            other.close();
        }
        try (Workspace again = Workspace.open(tmp.resolve("ws"), "test")) {
            assertThat(Db.queryLong(again.connection(), "SELECT count(*) FROM case_notes")).isEqualTo(2);
            assertThat(Files.exists(tmp.resolve("ws/" + Compactor.MARKER))).isFalse();
        }
    }

    @Test
    void a_compaction_waits_for_an_open_transaction_to_finish() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            writeAndDelete(ws.connection());
            Connection busy = ws.newConnection();
            busy.setAutoCommit(false);
            Db.update(busy, "INSERT INTO case_notes VALUES (9, TIMESTAMP '2026-11-01 10:00:00', 'agent', 'in a transaction')");
            CountDownLatch started = new CountDownLatch(1);

            CompletableFuture<Compaction> compaction = CompletableFuture.supplyAsync(() -> {
                started.countDown();
                return ws.compact(20_000);
            });
            started.await();
            Thread.sleep(300);
            assertThat(compaction).as("waits while the transaction is open").isNotDone();
            busy.commit();
            busy.setAutoCommit(true);

            assertThat(compaction.get(20, TimeUnit.SECONDS).done()).isTrue();
            assertThat(inFile()).isZero();
            assertThat(Db.queryLong(busy, "SELECT count(*) FROM case_notes")).as("the committed row was copied").isEqualTo(2);
            busy.close();
        }
    }

    @Test
    void when_the_workspace_stays_busy_the_next_opening_compacts() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            ws.compactionNeeded();
            writeAndDelete(ws.connection());
            Connection busy = ws.newConnection();
            busy.setAutoCommit(false);
            Db.queryLong(busy, "SELECT count(*) FROM case_notes");

            Compaction skipped = ws.compact(200);

            assertThat(skipped.done()).isFalse();
            assertThat(skipped.note()).contains("next opened");
            busy.rollback();
            busy.close();
        }
        assertThat(Files.exists(tmp.resolve("ws/" + Compactor.MARKER))).isTrue();
        try (Workspace again = Workspace.open(tmp.resolve("ws"), "test")) {
            assertThat(Db.queryLong(again.connection(), "SELECT count(*) FROM case_notes")).isEqualTo(1);
        }
        assertThat(Files.exists(tmp.resolve("ws/" + Compactor.MARKER))).isFalse();
        assertThat(inFile()).isZero();
    }

    private static void writeAndDelete(Connection c) {
        Db.update(c, "INSERT INTO case_notes VALUES (nextval('case_seq'), TIMESTAMP '2026-11-01 10:00:00', 'agent', 'kept'), "
                + "(nextval('case_seq'), TIMESTAMP '2026-11-01 10:00:00', 'agent', ?)", "wrote to " + SECRET);
        Db.update(c, "DELETE FROM case_notes WHERE contains(text, ?)", SECRET);
    }

    /** How often the secret is in the database file and its write-ahead log. */
    private int inFile() throws Exception {
        byte[] needle = SECRET.getBytes(StandardCharsets.UTF_8);
        int n = 0;
        for (String name : new String[] {"clientela.duckdb", "clientela.duckdb.wal"}) {
            Path f = tmp.resolve("ws").resolve(name);
            if (!Files.exists(f)) {
                continue;
            }
            byte[] b = Files.readAllBytes(f);
            outer:
            for (int i = 0; i + needle.length <= b.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (b[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                n++;
            }
        }
        return n;
    }
}
