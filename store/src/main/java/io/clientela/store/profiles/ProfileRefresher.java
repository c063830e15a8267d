package io.clientela.store.profiles;

import java.sql.Connection;
import java.time.LocalDateTime;

/** Brings customer profiles up to date inside an import's transaction; {@link Profiles} is the real one. */
@FunctionalInterface
public interface ProfileRefresher {
    void refresh(Connection c, long importId, LocalDateTime now);

    /**
     * Resolves and stores new customer records (maps of {@code customer_records} columns) in one
     * step, or returns false, having written nothing, when this refresher cannot; the caller then
     * stores the records and calls {@link #refresh}.
     */
    default boolean insertResolved(Connection c, java.util.List<java.util.Map<String, Object>> records, long importId, LocalDateTime now) {
        return false;
    }
}
