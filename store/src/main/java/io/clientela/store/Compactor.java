package io.clientela.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rewrites the workspace's database file so that nothing deleted survives in it. DuckDB leaves
 * deleted rows in their blocks, and freed blocks keep their bytes until reused; neither {@code
 * CHECKPOINT}, {@code FORCE CHECKPOINT} nor {@code VACUUM} changes that (measured: an erased e-mail is
 * still in the file after each). So the live database is copied into a new file ({@code COPY FROM
 * DATABASE}: live rows only, fresh indexes and statistics), and the new file replaces the old one by
 * an atomic rename while no connection is open. The marker file {@code compaction.pending} is written
 * before an erasure and removed after the swap: a crash or a busy server in between leaves it, and the
 * next opening of the workspace compacts first.
 */
final class Compactor {
    static final String DB = Workspace.FILE;
    static final String MARKER = "compaction.pending";
    private static final String COPY = "clientela.compacting.duckdb";
    private static final String ALIAS = "clientela_compacting";

    private final Path dir;

    Compactor(Path dir) {
        this.dir = dir;
    }

    boolean pending() {
        return Files.exists(dir.resolve(MARKER));
    }

    void markPending() {
        try {
            Files.writeString(dir.resolve(MARKER), "an erasure is waiting for the database file to be rewritten\n");
        } catch (IOException e) {
            throw new WorkspaceException("cannot write " + dir.resolve(MARKER) + ": " + e.getMessage(), e);
        }
    }

    /** Checkpoints and copies the live database into the new file, on the base connection with nothing else in use. */
    void copy(Connection base) throws SQLException {
        Path copy = dir.resolve(COPY);
        deleteCopy();
        Db.execute(base, "CHECKPOINT");
        String name = Db.queryString(base, "SELECT current_database()");
        Db.execute(base, "ATTACH " + Db.literal(copy.toString()) + " AS " + ALIAS);
        try {
            Db.execute(base, "COPY FROM DATABASE " + Db.ident(name) + " TO " + ALIAS);
            Db.execute(base, "CHECKPOINT " + ALIAS);
        } catch (RuntimeException e) {
            Db.execute(base, "DETACH DATABASE IF EXISTS " + ALIAS);
            deleteCopy();
            throw e;
        }
        Db.execute(base, "DETACH DATABASE " + ALIAS);
    }

    /** With every connection closed: the copy replaces the database file, whose write-ahead log was emptied by the checkpoint. */
    void swap() throws IOException {
        Path db = dir.resolve(DB);
        Files.deleteIfExists(dir.resolve(DB + ".wal"));
        Files.move(dir.resolve(COPY), db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not every file system syncs a folder; the rename itself is atomic
        }
        Files.deleteIfExists(dir.resolve(MARKER));
    }

    long size() {
        try {
            return Files.size(dir.resolve(DB)) + (Files.exists(dir.resolve(DB + ".wal")) ? Files.size(dir.resolve(DB + ".wal")) : 0);
        } catch (IOException e) {
            return -1;
        }
    }

    private void deleteCopy() {
        try {
            Files.deleteIfExists(dir.resolve(COPY));
            Files.deleteIfExists(dir.resolve(COPY + ".wal"));
        } catch (IOException e) {
            throw new WorkspaceException("cannot remove the unfinished copy " + dir.resolve(COPY) + ": " + e.getMessage(), e);
        }
    }
}
