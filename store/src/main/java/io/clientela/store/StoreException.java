package io.clientela.store;

import io.clientela.core.ClientelaException;
import java.sql.SQLException;

/**
 * A statement against the workspace database failed, or what it holds is damaged: a fault of the
 * store, not of the caller ({@link Kind#FAULT}: logged by the server, one line on the command line).
 * Carries the SQL for {@code --debug} and the log.
 */
public class StoreException extends ClientelaException {
    private final String sql;

    public StoreException(String sql, SQLException cause) {
        super(Kind.FAULT, "database error: " + firstLine(cause.getMessage()), cause);
        this.sql = sql;
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
