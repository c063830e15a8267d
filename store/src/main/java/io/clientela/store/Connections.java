package io.clientela.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's connections, behind one indirection so that the database file can be swapped for a
 * rewritten copy while they stay open ({@link Compaction}, after an erasure in a running server).
 *
 * <p>Every connection handed out is a proxy of a DuckDB connection. A proxy is <em>in use</em> while
 * one of its statements is open, a transaction is open on it, or a call is running on it. {@link
 * #exclusively} stops new uses (a thread that starts one waits; one that is already in use goes on to
 * finish), waits until nothing is in use, runs its work on the hidden base connection, and then puts a
 * fresh DuckDB connection behind every open proxy. Holders notice nothing but the wait.
 *
 * <p>Why it is long: the proxy's bookkeeping (statements, transactions, calls) and the swap belong
 * together; split, each half would have to expose the other's state.
 */
final class Connections {
    /** A workspace connection: a proxy that can give a second connection of its own kind. */
    interface Swappable extends Connection {
        Connection duplicateConnection();
    }

    /** What to do while nothing uses the database: on the base connection, then with every connection closed. */
    interface Exclusive<T> {
        T beforeClose(Connection base) throws SQLException;

        void whileClosed() throws Exception;
    }

    private final Object gate = new Object();
    private final Map<Swappable, Target> live = new LinkedHashMap<>();
    private final Opener opener;
    private Connection base;
    private boolean holding;
    private int inUse;

    /** Opens the real base connection (again, after a swap). */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    Connections(Connection base, Opener opener) {
        this.base = base;
        this.opener = opener;
    }

    /** A new proxied connection (waits while {@link #exclusively} holds the database). */
    Connection open() {
        synchronized (gate) {
            awaitNotHolding();
            Target t = new Target(Db.duplicateReal(base));
            Swappable p = (Swappable) Proxy.newProxyInstance(Connections.class.getClassLoader(), new Class<?>[] {Swappable.class}, t);
            live.put(p, t);
            return p;
        }
    }

    /**
     * Runs {@code work} while nothing else uses the database: waits at most {@code waitMillis} for the
     * connections in use to finish (returning {@code null}, nothing done, when they do not), then
     * reopens every connection on the file as {@code work} left it.
     */
    <T> T exclusively(long waitMillis, Exclusive<T> work) throws Exception {
        synchronized (gate) {
            awaitNotHolding();
            holding = true;
            long deadline = System.nanoTime() + waitMillis * 1_000_000;
            while (inUse > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    holding = false;
                    gate.notifyAll();
                    return null;
                }
                gate.wait(left);
            }
        }
        try {
            T result = work.beforeClose(base);
            List<Target> targets;
            synchronized (gate) {
                targets = new ArrayList<>(live.values());
            }
            for (Target t : targets) {
                quietly(t.real);
            }
            quietly(base);
            try {
                work.whileClosed();
            } finally {
                base = opener.open();
                synchronized (gate) {
                    targets = new ArrayList<>(live.values()); // those closed meanwhile need no new connection
                }
                for (Target t : targets) {
                    t.real = Db.duplicateReal(base);
                }
            }
            return result;
        } finally {
            synchronized (gate) {
                holding = false;
                gate.notifyAll();
            }
        }
    }

    /** Closes every connection, the base last. */
    void closeAll() {
        List<Target> targets;
        synchronized (gate) {
            targets = new ArrayList<>(live.values());
            live.clear();
        }
        targets.forEach(t -> quietly(t.real));
        quietly(base);
    }

    private void awaitNotHolding() {
        while (holding) {
            try {
                gate.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("waiting for the workspace's compaction", new SQLException("interrupted", e));
            }
        }
    }

    private static void quietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // closing is best effort; the base is checkpointed before
        }
    }

    /** The real connection behind one proxy, and how much of it is in use. */
    private final class Target implements InvocationHandler {
        volatile Connection real;
        private int uses;
        private boolean inTransaction;
        private boolean closed;

        Target(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            switch (m.getName()) {
                case "duplicateConnection":
                    return open();
                case "unwrap":
                    return ((Class<?>) args[0]).isInstance(proxy) ? proxy : real.unwrap((Class<?>) args[0]);
                case "isWrapperFor":
                    return ((Class<?>) args[0]).isInstance(proxy) || real.isWrapperFor((Class<?>) args[0]);
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "workspace connection";
                case "close":
                    close(proxy);
                    return null;
                case "isClosed":
                    return closed || real.isClosed();
                case "setAutoCommit":
                    setAutoCommit((Boolean) args[0]);
                    return null;
                case "createStatement", "prepareStatement", "prepareCall":
                    enter();
                    try {
                        Statement s = (Statement) call(m, args);
                        return Proxy.newProxyInstance(Connections.class.getClassLoader(), new Class<?>[] {m.getReturnType()},
                                new Closing(s, proxy));
                    } catch (Throwable e) {
                        leave();
                        throw e;
                    }
                default:
                    enter();
                    try {
                        return call(m, args);
                    } finally {
                        leave();
                    }
            }
        }

        private Object call(Method m, Object[] args) throws Throwable {
            try {
                return m.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void setAutoCommit(boolean on) throws SQLException {
            if (!on && !inTransaction) {
                enter();
                try {
                    real.setAutoCommit(false);
                } catch (SQLException | RuntimeException e) {
                    leave();
                    throw e;
                }
                inTransaction = true;
            } else if (on && inTransaction) {
                inTransaction = false;
                try {
                    real.setAutoCommit(true);
                } finally {
                    leave();
                }
            }
        }

        private void close(Object proxy) throws SQLException {
            synchronized (gate) {
                if (closed) {
                    return;
                }
                closed = true;
                live.remove(proxy);
                inUse -= uses;
                uses = 0;
                gate.notifyAll();
            }
            real.close();
        }

        /** One more use; waits while the database is held, unless this connection is already in use (it must finish first). */
        void enter() throws SQLException {
            synchronized (gate) {
                if (uses == 0) {
                    try {
                        while (holding) {
                            gate.wait();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SQLException("interrupted while the workspace was being compacted", e);
                    }
                }
                if (closed) {
                    throw new SQLException("the connection is closed");
                }
                uses++;
                inUse++;
            }
        }

        void leave() {
            synchronized (gate) {
                if (uses > 0) {
                    uses--;
                    inUse--;
                    gate.notifyAll();
                }
            }
        }

        /** A statement of this connection: in use until closed. */
        private final class Closing implements InvocationHandler {
            private final Statement statement;
            private final Object connection;
            private boolean done;

            Closing(Statement statement, Object connection) {
                this.statement = statement;
                this.connection = connection;
            }

            @Override
            public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
                switch (m.getName()) {
                    case "close":
                        try {
                            statement.close();
                        } finally {
                            if (!done) {
                                done = true;
                                leave();
                            }
                        }
                        return null;
                    case "getConnection":
                        return connection;
                    case "unwrap":
                        return ((Class<?>) args[0]).isInstance(proxy) ? proxy : statement.unwrap((Class<?>) args[0]);
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    default:
                        try {
                            return m.invoke(statement, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                }
            }
        }
    }
}
