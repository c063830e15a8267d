package io.clientela.app.rest;

import io.clientela.core.ClientelaException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one place errors become HTTP: {@code {"title", "status", "detail"}} with the status, never a stack trace. */
public final class Problems {
    private Problems() {
    }

    public static void install(JavalinConfig config) {
        config.routes.exception(Problem.class, (e, ctx) -> render(ctx, e.status(), e.title(), e.getMessage()));
        config.routes.exception(ClientelaException.class, (e, ctx) -> render(ctx, e.kind().status(), title(e.kind().status()), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> render(ctx, e.getStatus(), title(e.getStatus()), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> render(ctx, 500, "Internal server error",
                "the server failed on " + ctx.method() + " " + ctx.path() + "; see the server log"));
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                render(ctx, 404, "Not found", "no such page or endpoint: " + ctx.path());
            }
        });
        config.routes.error(413, ctx -> render(ctx, 413, "Payload too large", "the request body is larger than the server accepts"));
    }

    /** Set on a request whose problem is written, so that the collector's 404 page, on a shared server, leaves it alone. */
    public static final String RENDERED = "clientela.problem";

    static void render(Context ctx, int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        ctx.attribute(RENDERED, true);
        ctx.status(status).json(body);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable";
            case 500 -> "Internal server error";
            case 503 -> "Service unavailable";
            case 413 -> "Payload too large";
            case 429 -> "Too many requests";
            default -> "Error";
        };
    }
}
