package io.clientela.store;

import io.clientela.core.ClientelaException;
import java.sql.SQLException;

/** A statement against the workspace database failed; carries the SQL for --debug. */
public class StoreException extends ClientelaException {
    private final String sql;

    public StoreException(String sql, SQLException cause) {
        super("database error: " + firstLine(cause.getMessage()), cause);
        this.sql = sql;
    }

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
