package io.clientela.app;

import io.clientela.ingest.Importer;
import io.clientela.store.Workspace;
import io.clientela.store.customers.CustomerQueries;
import io.clientela.store.profiles.Profiles;
import java.nio.file.Path;
import java.time.Clock;

/** The wiring: one open workspace, its configuration and the services over it. Built by hand, here only. */
public final class App implements AutoCloseable {
    private final Workspace workspace;
    private final WorkspaceConfig config;
    private final Clock clock;

    private App(Workspace workspace, WorkspaceConfig config, Clock clock) {
        this.workspace = workspace;
        this.config = config;
        this.clock = clock;
    }

    public static App open(Path dir, String purpose, Clock clock) {
        WorkspaceConfig config = WorkspaceConfig.load(dir.toAbsolutePath());
        return new App(Workspace.open(dir, purpose), config, clock);
    }

    public Workspace workspace() {
        return workspace;
    }

    public WorkspaceConfig config() {
        return config;
    }

    /**
     * A new connection to the workspace database, for one thread (an HTTP request) to use and close.
     * DuckDB connections are not shared between threads; duplicates share the one open database.
     */
    public java.sql.Connection newConnection() {
        try {
            java.sql.Connection c = ((org.duckdb.DuckDBConnection) workspace.connection()).duplicate();
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SET TimeZone = 'UTC'");
            }
            return c;
        } catch (java.sql.SQLException e) {
            throw new io.clientela.store.StoreException("duplicate connection", e);
        }
    }

    public Clock clock() {
        return clock;
    }

    public Profiles profiles() {
        return new Profiles(config.survivorship(), config.defaultCountry());
    }

    public Importer importer() {
        return new Importer(workspace, config.rules(), profiles(), clock);
    }

    public CustomerQueries customers() {
        return new CustomerQueries(workspace.connection(), config.defaultCountry());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
