package io.clientela.store;

import io.clientela.core.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Clientela workspace: a folder holding {@code clientela.duckdb}, opened by one process at a time.
 * Opening creates the folder and the schema when absent, migrates an older schema, and refuses a
 * workspace written by a newer Clientela before touching it.
 */
public final class Workspace implements AutoCloseable {
    /** The database file in the workspace folder. */
    public static final String FILE = "clientela.duckdb";
    private final Path dir;
    private final WorkspaceLock lock;
    private final Connection connection;
    private final AtomicLong identityVersion;

    private Workspace(Path dir, WorkspaceLock lock, Connection connection, AtomicLong identityVersion) {
        this.dir = dir;
        this.lock = lock;
        this.connection = connection;
        this.identityVersion = identityVersion;
    }

    /**
     * Whether {@code dir} holds a workspace, without creating anything: its database file, or its
     * configuration ({@code clientela.yaml}, written before the first import).
     */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE)) || Files.isRegularFile(dir.resolve("clientela.yaml"));
    }

    /**
     * Throws a {@link NotFoundException} when {@code dir} holds no workspace: a command that reads one
     * must not create an empty workspace in a mistyped {@code --workspace} folder.
     */
    public static void requireExisting(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!exists(abs)) {
            throw new NotFoundException("no workspace in " + abs + " (no " + FILE + " or clientela.yaml there): check --workspace or $CLIENTELA_HOME, "
                    + "or create one with 'clientela import' or 'clientela demo'");
        }
    }

    /**
     * Opens (creating if needed) the workspace in {@code dir}.
     *
     * @param purpose what this process is doing, shown to a second process that finds it locked
     */
    public static Workspace open(Path dir, String purpose) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create workspace folder " + abs + ": " + e.getMessage(), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(abs, purpose);
        Connection connection = null;
        try {
            connection = connect(abs);
            Db.execute(connection, "SET TimeZone = 'UTC'");
            Migrations.migrate(connection, abs, io.clientela.core.Version.NUMBER);
            return new Workspace(abs, lock, connection, new AtomicLong());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            if (e instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException("cannot open workspace " + abs + ": " + StoreException.firstLine(e.getMessage()), e);
        }
    }

    private static Connection connect(Path dir) throws SQLException {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "false");
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE), props);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Serialization") || m.contains("storage version") || m.contains("newer")) {
                throw new WorkspaceException("workspace " + dir + " was written by a newer storage engine than this Clientela's ("
                        + StoreException.firstLine(m) + "); upgrade Clientela to open it; nothing was changed", e);
            }
            throw e;
        }
    }

    public Path dir() {
        return dir;
    }

    public Connection connection() {
        return connection;
    }

    /**
     * A further connection to the same database, for a second thread (a JDBC connection is used by
     * one thread at a time); the caller closes it.
     */
    public Connection newConnection() {
        return Db.duplicate(connection);
    }


    /**
     * The same open workspace seen from another piece of work in this process (a command the server
     * runs for the command line): its own connection, which {@link #close()} closes, and the same
     * identity version; the lock stays with the owner.
     */
    public Workspace borrow() {
        return new Workspace(dir, null, newConnection(), identityVersion);
    }

    /** A handle on the workspace's own connection (the one of the opening thread); closing it leaves the connection open. */
    public Handle handle() {
        return Handle.on(connection);
    }

    /** A handle on a new connection, for another thread (the one way to open a second connection); closing it closes that connection. */
    public Handle open() {
        return Handle.open(this);
    }

    /**
     * A counter that changes whenever this process removes or re-links customer records (an erasure,
     * say): whoever caches which customer a record belongs to drops the cache when it changes.
     */
    public long identityVersion() {
        return identityVersion.get();
    }

    /** Marks that customer records are being removed or re-linked; call it before and after such a change. */
    public void identitiesChanged() {
        identityVersion.incrementAndGet();
    }

    public int schemaVersion() {
        return Db.queryLong(connection, "SELECT max(version) FROM schema_version").intValue();
    }

    /** Runs {@code work} in one transaction on the workspace's own connection ({@link Db#inTransaction}). */
    public <T> T inTransaction(Db.Work<T> work) {
        return Db.inTransaction(connection, work);
    }

    @Override
    public void close() {
        closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing is best effort; DuckDB checkpoints on the next open
            }
        }
    }
}
