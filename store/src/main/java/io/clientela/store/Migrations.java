package io.clientela.store;

import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations, applied in order inside one transaction each. The list is explicit
 * (no classpath scanning): add a file {@code Vnnn__name.sql} next to the others and its name here.
 */
final class Migrations {
    static final List<String> ALL = List.of("V001__canonical_model.sql", "V002__customer_indexes.sql", "V003__value_runs.sql",
            "V004__collector.sql", "V005__actions.sql", "V006__voice.sql", "V007__users.sql",
            "V008__voice_response_day.sql", "V009__anonymous_backfills.sql", "V010__login_attempts.sql", "V011__case_source_system.sql",
            "V012__saved_segments.sql", "V013__comment_tags.sql", "V014__outbox.sql");

    static int latest() {
        return ALL.size();
    }

    private Migrations() {
    }

    static int migrate(Connection connection, Path dir, String appVersion) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL, app_version VARCHAR NOT NULL)");
        }
        int current = Db.queryLong(connection, "SELECT coalesce(max(version), 0) FROM schema_version").intValue();
        if (current > latest()) {
            String writer = Db.queryString(connection, "SELECT app_version FROM schema_version ORDER BY version DESC LIMIT 1");
            throw new WorkspaceException("workspace " + dir + " has schema version " + current + ", written by Clientela " + writer
                    + "; this Clientela (" + appVersion + ") knows schema versions up to " + latest()
                    + ". Upgrade Clientela to open it; nothing was changed");
        }
        for (int version = current + 1; version <= latest(); version++) {
            String name = ALL.get(version - 1);
            int v = version;
            try {
                Db.inTransaction(connection, c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute(read(name));
                    }
                    Db.update(c, "INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP, ?)", v, name, appVersion);
                    return null;
                });
            } catch (RuntimeException e) {
                throw new WorkspaceException("migration " + name + " of workspace " + dir + " failed: " + e.getMessage(), e);
            }
        }
        return latest();
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new FaultException("migration " + name + " is missing from this build of Clientela; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FaultException("cannot read migration " + name + ": " + e.getMessage(), e);
        }
    }
}
