package io.clientela.app;

import io.clientela.action.alert.Alerts;
import io.clientela.action.alert.Dispatcher;
import io.clientela.action.cases.Cases;
import io.clientela.action.cases.Sla;
import io.clientela.action.rule.RuleEngine;
import io.clientela.action.rule.RuleSet;
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

    /** The rule engine for a rule file; {@code dispatcher} (may be null) sends the alerts. */
    public RuleEngine rules(RuleSet rules, Dispatcher dispatcher) {
        return rules(rules, dispatcher, clock);
    }

    /** The rule engine evaluating as of another time (a back-test, or a demo whose data ends in the past). */
    public RuleEngine rules(RuleSet rules, Dispatcher dispatcher, Clock asOf) {
        return new RuleEngine(workspace.connection(), rules, asOf, dispatcher);
    }

    /** A dispatcher delivering the rule file's alerts, on its own connection to this workspace. */
    public Dispatcher dispatcher(RuleSet rules) {
        return Dispatcher.start(workspace.connection(), rules.delivery(), clock);
    }

    public Cases cases(Sla sla) {
        return new Cases(workspace.connection(), sla);
    }

    public Alerts alerts() {
        return new Alerts(workspace.connection());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
