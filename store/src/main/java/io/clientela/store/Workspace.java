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
    private final Connections connections;
    private final Connection connection;
    private final Compactor compactor;
    private final AtomicLong identityVersion;

    private Workspace(Path dir, WorkspaceLock lock, Connections connections, Compactor compactor, AtomicLong identityVersion) {
        this.dir = dir;
        this.lock = lock;
        this.compactor = compactor;
        this.connections = connections;
        this.connection = connections.open();
        this.identityVersion = identityVersion;
    }

    private Workspace(Path dir, WorkspaceLock lock, Connection base) {
        this(dir, lock, new Connections(base, () -> connectUtc(dir)), new Compactor(dir), new AtomicLong());
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
            connection = connectUtc(abs);
            Migrations.migrate(connection, abs, io.clientela.core.Version.NUMBER);
            Compactor compactor = new Compactor(abs);
            if (compactor.pending()) {
                compactor.copy(connection);
                connection.close();
                connection = null;
                compactor.swap();
                connection = connectUtc(abs);
            }
            return new Workspace(abs, lock, connection);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            if (e instanceof WorkspaceException we) {
                throw we;
            }
            throw new WorkspaceException("cannot open workspace " + abs + ": " + StoreException.firstLine(e.getMessage()), e);
        }
    }

    private static Connection connectUtc(Path dir) throws SQLException {
        Connection c = connect(dir);
        try {
            Db.execute(c, "SET TimeZone = 'UTC'");
            return c;
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
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
        return connections.open();
    }

    /**
     * Notes that the database file must be rewritten (before an erasure): until {@link #compact} has
     * done it, every opening of the workspace does it first, so a crash in between loses nothing.
     */
    public void compactionNeeded() {
        compactor.markPending();
    }

    /**
     * Rewrites the database file so that no deleted row survives in it ({@link Compactor}), while the
     * workspace stays open: every connection's new uses wait (their threads block) until it is done,
     * connections in use are let finish first. When they do not within {@code waitMillis} nothing is
     * done and the answer says so; the next opening of the workspace does it then. Holds every other
     * use of the database for as long as the copy takes (docs/benchmarks.md: about a minute on 1 M customers).
     */
    public Compaction compact(long waitMillis) {
        long before = compactor.size();
        long t0 = System.nanoTime();
        try {
            Boolean done = connections.exclusively(waitMillis, new Connections.Exclusive<Boolean>() {
                @Override
                public Boolean beforeClose(Connection base) throws SQLException {
                    compactor.copy(base);
                    return true;
                }

                @Override
                public void whileClosed() throws IOException {
                    compactor.swap();
                }
            });
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (done == null) {
                return new Compaction(false, ms, before, before, "the workspace stayed busy for " + waitMillis / 1000
                        + " s; the database file is rewritten when the workspace is next opened");
            }
            return new Compaction(true, ms, before, compactor.size(), "the database file was rewritten without the deleted rows");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("interrupted while compacting workspace " + dir, e);
        } catch (Exception e) {
            throw new WorkspaceException("cannot compact workspace " + dir + ": " + StoreException.firstLine(e.getMessage())
                    + "; it is tried again when the workspace is next opened", e);
        }
    }


    /**
     * The same open workspace seen from another piece of work in this process (a command the server
     * runs for the command line): its own connection, which {@link #close()} closes, and the same
     * identity version; the lock stays with the owner.
     */
    public Workspace borrow() {
        return new Workspace(dir, null, connections, compactor, identityVersion);
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
        if (lock == null) {
            closeQuietly(connection); // a borrowed view: its own connection only
            return;
        }
        connections.closeAll();
        lock.close();
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
