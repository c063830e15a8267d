package io.clientela.app.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * Cross-origin sending for the tracker on a shop's own domain: pages from an allowed origin may
 * post to the collection endpoints (answers carry {@code Access-Control-Allow-Origin} for them, and
 * the browser's preflight is answered), others get no such header, so their browser refuses. The
 * dashboard and REST API stay same-origin only.
 */
final class Cors {
    static final Set<String> PATHS = Set.copyOf(CollectRoutes.PATHS);

    private Cors() {
    }

    static void install(JavalinConfig config, ServerSettings settings) {
        config.routes.before(ctx -> {
            if (PATHS.contains(ctx.path()) && settings.allows(ctx.header("Origin"))) {
                allow(ctx);
            }
        });
        for (String path : PATHS) {
            config.routes.addHttpHandler(HandlerType.OPTIONS, path, ctx -> {
                String origin = ctx.header("Origin");
                if (!settings.allows(origin)) {
                    Problems.render(ctx, new Problem("Origin not allowed", 403, "pages from " + (origin == null ? "no origin" : origin)
                            + " may not send here; start the server with --allow-origin " + (origin == null ? "ORIGIN" : origin), null));
                    return;
                }
                allow(ctx);
                ctx.header("Access-Control-Allow-Methods", "POST");
                ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Api-Key");
                ctx.header("Access-Control-Max-Age", "600");
                ctx.status(204);
            });
        }
    }

    private static void allow(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", ctx.header("Origin"));
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Expose-Headers", "Retry-After");
    }
}
