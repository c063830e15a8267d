package io.clientela.app.http;

import io.clientela.app.App;
import io.clientela.app.logging.Faults;
import io.clientela.app.logging.Logs;
import io.clientela.core.TooLargeException;
import io.clientela.core.UnavailableException;
import io.clientela.ingest.collect.Collector;
import io.clientela.service.access.ApiKeys;
import io.clientela.service.access.AuthSettings;
import io.clientela.service.jobs.Jobs;
import io.clientela.store.Json;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server: created here, once, by hand. On one port it serves, as asked, the collection
 * API and the web tracker (with a collector), and the sign-in, the REST API and the dashboard.
 * Every error leaves it through {@link Problems}; every request is written to the access log
 * (method, path without its query, status, time; no personal data).
 */
public final class HttpServer implements AutoCloseable {
    /** Largest request body the sign-in, REST API and dashboard accept (the collector has its own limit). */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;
    private static final Logger ACCESS = LoggerFactory.getLogger(Logs.ACCESS);
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private final Javalin javalin;
    private final ServerSettings settings;
    private final Jobs jobs;

    private HttpServer(Javalin javalin, ServerSettings settings, Jobs jobs) {
        this.javalin = javalin;
        this.settings = settings;
        this.jobs = jobs;
    }

    /**
     * Starts the server (port 0 picks a free one).
     *
     * @param collector the collector behind the collection API, or null to serve without it
     * @param keys      the API keys the collection API checks (with a collector)
     * @param dashboard whether to serve the sign-in, the REST API and the dashboard
     */
    public static HttpServer start(App app, ServerSettings settings, AuthSettings auth, Collector collector, ApiKeys keys, boolean dashboard) {
        // analyses started while serving run here, each on a connection of its own
        Jobs jobs = new Jobs(app::open, app.clock(), (what, e) -> Faults.log(LOG, what, e));
        Javalin j = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = collector == null ? MAX_REQUEST_BYTES : Math.max(MAX_REQUEST_BYTES, settings.maxBodyBytes());
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            Problems.install(config);
            // the path without its query (search text, e-mails); no address, user, cookie or header
            config.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
            if (dashboard) {
                config.routes.before(ctx -> {
                    if (ctx.contentLength() > MAX_REQUEST_BYTES && !CollectRoutes.PATHS.contains(ctx.path())) {
                        throw new TooLargeException("request body of " + ctx.contentLength() + " bytes; at most " + MAX_REQUEST_BYTES + " are accepted");
                    }
                });
                Auth.install(config, app, auth);
                Api.install(config, app, jobs);
                Dashboard.install(config);
            }
            ApiKeyRoutes.install(config, app, keys != null ? keys : app.apiKeys(), dashboard);
            if (collector != null) {
                Cors.install(config, settings);
                CollectRoutes.install(config, collector, keys, settings);
                config.routes.get("/tracker.js", Assets.file("tracker.js", "application/javascript; charset=utf-8"));
                config.routes.get("/demo/shop", Assets.file("shop.html", "text/html; charset=utf-8"));
            }
        });
        try {
            j.start();
        } catch (RuntimeException e) {
            jobs.close();
            throw new UnavailableException("cannot listen on " + settings.host() + ":" + settings.port() + " ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + "); is another server using the port? try --port", e);
        }
        LOG.debug("serving {}", "http://" + settings.host() + ":" + j.port());
        return new HttpServer(j, settings, jobs);
    }

    /** The analyses this server runs in the background (one at a time per kind), for whatever else starts one in this process. */
    public Jobs jobs() {
        return jobs;
    }

    public int port() {
        return javalin.port();
    }

    public String url() {
        return "http://" + (settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host()) + ":" + javalin.port();
    }

    /** Stops taking requests, then lets a running analysis finish (up to {@link Jobs#CLOSE_WAIT}). */
    @Override
    public void close() {
        javalin.stop();
        jobs.close();
    }
}
