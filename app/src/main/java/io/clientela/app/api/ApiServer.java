package io.clientela.app.api;

import io.clientela.ingest.collect.Collector;
import io.clientela.app.keys.ApiKeys;
import io.javalin.Javalin;
import java.io.PrintStream;

/**
 * The HTTP server: routes, the error mapper and the served files, wired by hand in one place.
 * {@link #start()} binds and returns the port (useful with port 0).
 */
public final class ApiServer implements AutoCloseable {
    private final Javalin app;
    private final ServerSettings settings;

    public ApiServer(ServerSettings settings, Collector collector, ApiKeys keys, PrintStream log) {
        this(settings, collector, keys, log, config -> { });
    }

    /**
     * @param more further routes on the same server (the dashboard, the REST API and sign-in),
     *             installed before the collector's error mapper so that one renders every error
     */
    public ApiServer(ServerSettings settings, Collector collector, ApiKeys keys, PrintStream log, java.util.function.Consumer<io.javalin.config.JavalinConfig> more) {
        this.settings = settings;
        Access access = new Access(keys);
        CollectController collect = new CollectController(collector, access, settings);
        AdminController admin = new AdminController(collector, keys, access);
        Problems problems = new Problems(log);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            more.accept(config);
            problems.register(config);
            Cors.install(config, settings);
            config.routes.post("/api/v1/events", collect::events);
            config.routes.post("/api/v1/feedback", collect::feedback);
            config.routes.post("/api/v1/orders", collect::orders);
            config.routes.get("/api/v1/collector/stats", admin::stats);
            config.routes.get("/api/v1/apikeys", admin::listKeys);
            config.routes.post("/api/v1/apikeys", admin::createKey);
            config.routes.get("/tracker.js", Assets.file("tracker.js", "application/javascript; charset=utf-8"));
            config.routes.get("/demo/shop", Assets.file("shop.html", "text/html; charset=utf-8"));
        });
    }

    /** Starts listening; returns the bound port. */
    public int start() {
        app.start();
        return app.port();
    }

    public String url() {
        return "http://" + (settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host()) + ":" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
