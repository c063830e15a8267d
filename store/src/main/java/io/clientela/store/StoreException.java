package io.clientela.store;

import io.clientela.core.ClientelaException;
import java.sql.SQLException;

/**
 * A statement against the workspace database failed, or what it holds is damaged: a fault of the
 * store, not of the caller ({@link Kind#FAULT}: logged by the server, one line on the command line);
 * or, when another transaction changed the same rows at the same moment, a {@link Kind#CONFLICT}
 * the caller can retry.
 * Carries the SQL for {@code --debug} and the log.
 */
public class StoreException extends ClientelaException {
    private final String sql;

    public StoreException(String sql, SQLException cause) {
        this(conflict(cause) ? Kind.CONFLICT : Kind.FAULT, sql, cause);
    }

    private StoreException(Kind kind, String sql, SQLException cause) {
        super(kind, kind == Kind.CONFLICT ? "the same data was changed by someone else at the same moment; nothing of this was kept, "
                + "try again" : "database error: " + firstLine(cause.getMessage()), cause);
        this.sql = sql;
    }

    /** Whether DuckDB refused a write because another transaction changed the same rows meanwhile (retrying succeeds). */
    static boolean conflict(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("TransactionContext Error") && m.toLowerCase(java.util.Locale.ROOT).contains("conflict");
    }

    public StoreException(String message) {
        super(Kind.FAULT, message, null);
        this.sql = null;
    }

    public StoreException(String message, Throwable cause) {
        super(Kind.FAULT, message, cause);
        this.sql = null;
    }

    /** The statement that failed, when one did. */
    public String sql() {
        return sql;
    }

    /** The first line of a (multi-line) database message. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
