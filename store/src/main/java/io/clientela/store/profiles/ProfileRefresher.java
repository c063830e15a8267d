package io.clientela.store.profiles;

import java.sql.Connection;
import java.time.LocalDateTime;

/** Brings customer profiles up to date inside an import's transaction; {@link Profiles} is the real one. */
@FunctionalInterface
public interface ProfileRefresher {
    void refresh(Connection c, long importId, LocalDateTime now);
}
