package io.clientela.app.logging;

import io.clientela.store.StoreException;
import org.slf4j.Logger;

/**
 * A fault of Clientela itself (its store, a bug), written to the error log with its stack trace:
 * what failed and, when a statement did, its SQL text. The text is safe to log: values are bound as
 * parameters, never written into it, and the parameters are not logged.
 */
public final class Faults {
    private Faults() {
    }

    /** Logs at ERROR that {@code what} (a request such as {@code GET /api/v1/runs}, a command) failed with {@code e}. */
    public static void log(Logger log, String what, Throwable e) {
        String sql = statement(e);
        if (sql == null) {
            log.error("{} failed", what, e);
        } else {
            log.error("{} failed; the statement was: {}", what, sql, e);
        }
    }

    /** The SQL text of the first store exception in the chain of causes, or null. */
    static String statement(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof StoreException s && s.sql() != null) {
                return s.sql();
            }
        }
        return null;
    }
}
