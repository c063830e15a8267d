package io.clientela.app;

import io.clientela.action.alert.Alerts;
import io.clientela.action.alert.Dispatcher;
import io.clientela.action.cases.Cases;
import io.clientela.action.cases.Sla;
import io.clientela.action.rule.RuleEngine;
import io.clientela.action.rule.RuleSet;
import io.clientela.app.http.HttpServer;
import io.clientela.app.http.ServerSettings;
import io.clientela.app.logging.LogSettings;
import io.clientela.app.logging.Logs;
import io.clientela.core.UsageException;
import io.clientela.ingest.Importer;
import io.clientela.ingest.collect.CollectedItems;
import io.clientela.ingest.collect.Collector;
import io.clientela.ingest.collect.Collectors;
import io.clientela.service.access.ApiKeys;
import io.clientela.service.access.AuthSettings;
import io.clientela.service.rules.ActionRules;
import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import io.clientela.store.customers.CustomerQueries;
import io.clientela.store.profiles.IncrementalProfiles;
import io.clientela.store.profiles.Profiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/** The wiring: one open workspace, its configuration and the services over it. Built by hand, here only. */
public final class App implements AutoCloseable {
    private final Workspace workspace;
    private final WorkspaceConfig config;
    private final Clock clock;
    private final ActionRules actionRules;
    private final Keys keys;
    private final boolean owner;

    private App(Workspace workspace, WorkspaceConfig config, Clock clock, ActionRules actionRules, Keys keys, boolean owner) {
        this.workspace = workspace;
        this.config = config;
        this.clock = clock;
        this.actionRules = actionRules;
        this.keys = keys;
        this.owner = owner;
    }

    private App(Workspace workspace, WorkspaceConfig config, Clock clock) {
        this(workspace, config, clock, new ActionRules(workspace, clock), new Keys(workspace, clock), true);
    }

    /**
     * This open workspace for another piece of work in the same process (a command the server runs
     * for the command line): its own connection, the same configuration, rules in force and API keys;
     * closing it closes only that connection.
     */
    public App borrow() {
        return new App(workspace.borrow(), config, clock, actionRules, keys, false);
    }

    /** The action rule file in force on this workspace's server (read, replaced, evaluated live by {@code serve}). */
    public ActionRules actionRules() {
        return actionRules;
    }

    /**
     * Opens the workspace in {@code dir} with its {@code clientela.yaml}, and from then on logs as that
     * file's {@code logging:} section (under {@code CLIENTELA_LOG_LEVEL}) says, into {@code dir/logs}.
     */
    public static App open(Path dir, String purpose, Clock clock) {
        return open(dir, purpose, clock, true);
    }

    /** Opens the workspace in {@code dir} like {@link #open}, but only an existing one: a folder without one is a not-found error. */
    public static App openExisting(Path dir, String purpose, Clock clock) {
        return open(dir, purpose, clock, false);
    }

    private static App open(Path dir, String purpose, Clock clock, boolean create) {
        if (!create) {
            Workspace.requireExisting(dir); // before a log folder is made there
        }
        WorkspaceConfig config = WorkspaceConfig.load(dir.toAbsolutePath());
        LogSettings logging;
        try {
            logging = config.logging().overriddenBy(System.getenv(LogSettings.ENV));
        } catch (IllegalArgumentException e) {
            throw new UsageException(LogSettings.ENV + ": " + e.getMessage());
        }
        Logs.apply(dir.toAbsolutePath().resolve("logs"), logging);
        return new App(Workspace.open(dir, purpose), config, clock);
    }

    public Workspace workspace() {
        return workspace;
    }

    public WorkspaceConfig config() {
        return config;
    }

    /** A handle on a new connection to the workspace, for one thread (an HTTP request) to use and close. */
    public Handle open() {
        return workspace.open();
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

    /** A collector writing into this workspace from its own thread; it owns the workspace's connection until closed. */
    public Collector collector(CollectedItems listener, int maxQueuedItems, int maxGroupItems) {
        return Collectors.start(workspace, config.rules(), new IncrementalProfiles(config.survivorship(), config.defaultCountry()), clock, listener,
                maxQueuedItems, maxGroupItems, config.collector());
    }

    /** The API keys of this workspace: one service per process (it keeps the keys in memory), on its own connection. */
    public ApiKeys apiKeys() {
        return keys.get();
    }

    /**
     * Starts the HTTP server with its collector and, with {@code dashboard}, the sign-in, the REST API
     * and the dashboard on the same port (what {@code clientela serve} and {@code demo} run). The
     * collector takes the workspace's connection, the keys a second one. Close the returned server
     * to stop (queued batches are written first). The sign-in follows the workspace's {@code auth:} settings.
     */
    public Serving serve(ServerSettings settings, CollectedItems listener, int maxQueuedItems, int maxGroupItems, boolean dashboard) {
        ApiKeys keys = apiKeys();
        Collector collector = collector(listener, maxQueuedItems, maxGroupItems);
        try {
            HttpServer server = HttpServer.start(this, settings, config.auth(), collector, keys, dashboard);
            return new Serving(server, collector, keys, dashboard);
        } catch (RuntimeException e) {
            collector.close();
            throw e;
        }
    }

    /** Starts the HTTP server with the sign-in, the REST API and the dashboard only: no collector (the workspace's connection stays free). */
    public Serving serveDashboard(ServerSettings settings, AuthSettings auth) {
        return new Serving(HttpServer.start(this, settings, auth, null, null, true), null, null, true);
    }

    public CustomerQueries customers() {
        return new CustomerQueries(workspace.handle(), config.defaultCountry());
    }

    /** A handle on the workspace's own connection, for the command line's use of the store and the action classes. */
    public Handle handle() {
        return workspace.handle();
    }

    /** The rule engine for a rule file; {@code dispatcher} (may be null) sends the alerts. */
    public RuleEngine rules(RuleSet rules, Dispatcher dispatcher) {
        return rules(rules, dispatcher, clock);
    }

    /** The rule engine evaluating as of another time (a back-test, or a demo whose data ends in the past). */
    public RuleEngine rules(RuleSet rules, Dispatcher dispatcher, Clock asOf) {
        return new RuleEngine(handle(), rules, asOf, dispatcher);
    }

    /** A dispatcher delivering the rule file's alerts, on its own connection to this workspace. */
    public Dispatcher dispatcher(RuleSet rules) {
        return Dispatcher.start(handle(), rules.delivery(), clock);
    }

    public Cases cases(Sla sla) {
        return new Cases(handle(), sla);
    }

    public Alerts alerts() {
        return new Alerts(handle());
    }

    @Override
    public void close() {
        if (owner) {
            actionRules.close();
            keys.close();
        }
        workspace.close();
    }

    /** The one API keys service, made on first use on a connection of its own and closed with the workspace. */
    private static final class Keys implements AutoCloseable {
        private final Workspace workspace;
        private final Clock clock;
        private Handle handle;
        private ApiKeys keys;

        Keys(Workspace workspace, Clock clock) {
            this.workspace = workspace;
            this.clock = clock;
        }

        synchronized ApiKeys get() {
            if (keys == null) {
                Handle h = workspace.open();
                try {
                    keys = new ApiKeys(h, clock, new SecureRandom());
                } catch (RuntimeException e) {
                    h.close();
                    throw e;
                }
                handle = h;
            }
            return keys;
        }

        @Override
        public synchronized void close() {
            if (handle != null) {
                handle.close();
                handle = null;
                keys = null;
            }
        }
    }
}
