package io.clientela.app.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * Serves the dashboard's pages and assets from the class path, with headers that make stored text
 * inert in the browser: scripts only from this origin (no inline script), no framing, no sniffing.
 * Pages hold no data; they fetch it from the REST API with the session cookie.
 */
final class Dashboard {
    static final String ASSETS = "/io/clientela/app/http/static";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private Dashboard() {
    }

    static void install(JavalinConfig config) {
        config.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = ASSETS;
            sf.location = Location.CLASSPATH;
        });
        config.routes.before(ctx -> {
            if (!ctx.path().startsWith("/demo/")) {
                ctx.header("Content-Security-Policy", CSP); // the demo shop stands for a customer's own site, with its own scripts
            }
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
        });
        config.routes.get("/", ctx -> ctx.redirect("/index.html"));
    }
}
