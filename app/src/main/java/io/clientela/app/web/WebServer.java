package io.clientela.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.clientela.app.App;
import io.clientela.app.auth.Auth;
import io.clientela.app.auth.AuthSettings;
import io.clientela.app.rest.Problem;
import io.clientela.app.rest.Problems;
import io.clientela.app.rest.RestApi;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/**
 * A server with the login, the REST API and the dashboard on one port (0 picks a free one). Until
 * {@code clientela serve} mounts these installers, {@code clientela dashboard} and the tests use it.
 */
public final class WebServer implements AutoCloseable {
    /** Largest request body accepted (larger ones get 413). */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    public static WebServer start(App app, String host, int port, AuthSettings settings) {
        Javalin j = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.host = host;
            config.startup.showJavalinBanner = false;
            install(config, app, settings);
        });
        j.start(port);
        return new WebServer(j);
    }

    /**
     * The sign-in, the REST API and the dashboard, on a server of their own or beside the collector
     * (whose batch endpoints keep their own, larger body limit).
     */
    public static void install(io.javalin.config.JavalinConfig config, App app, AuthSettings settings) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        config.jsonMapper(new JavalinJackson(json, false));
        Problems.install(config);
        config.routes.before(ctx -> {
            if (ctx.contentLength() > MAX_REQUEST_BYTES && !COLLECTOR_PATHS.contains(ctx.path())) {
                throw new Problem(413, "Payload too large", "request body of " + ctx.contentLength() + " bytes; at most "
                        + MAX_REQUEST_BYTES + " are accepted");
            }
        });
        Auth.install(config, app, settings);
        RestApi.install(config, app);
        Dashboard.install(config);
    }

    private static final java.util.Set<String> COLLECTOR_PATHS = java.util.Set.of("/api/v1/events", "/api/v1/feedback", "/api/v1/orders");

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
