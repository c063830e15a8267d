package io.clientela.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * One connection to the workspace database as the modules above the store hold it: the store's
 * repositories are built on a handle, and {@link #inTransaction} makes their writes one unit. A
 * handle is used by one thread at a time; {@link #fork()} gives another thread a handle of its own.
 */
public final class Handle implements AutoCloseable {
    private final Connection connection;
    private final boolean owned;

    private Handle(Connection connection, boolean owned) {
        this.connection = connection;
        this.owned = owned;
    }

    /** A handle on a connection the caller keeps: closing the handle leaves the connection open. */
    public static Handle on(Connection connection) {
        return new Handle(connection, false);
    }

    /** A handle on a new connection to the workspace, for a thread of its own; closing the handle closes that connection. */
    public static Handle open(Workspace workspace) {
        return new Handle(workspace.newConnection(), true);
    }

    /** A handle on a new connection to the same database, for another thread; closing it closes that connection. */
    public Handle fork() {
        return new Handle(Db.duplicate(connection), true);
    }


    /** The connection, for the store's repositories. */
    public Connection connection() {
        return connection;
    }

    /**
     * Runs {@code work} in one transaction ({@link Db#inTransaction}): committed when it returns, rolled
     * back when it throws. Called inside a transaction already open on this connection, it is part of that one.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return Db.inTransaction(connection, c -> work.get());
    }

    /** {@link #inTransaction(Supplier)} for work that returns nothing. */
    public void inTransaction(Runnable work) {
        Db.inTransaction(connection, c -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        if (owned) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing is best effort; DuckDB keeps the database consistent either way
            }
        }
    }
}
