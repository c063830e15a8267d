package io.clientela.app.api;

import io.clientela.ingest.collect.CollectorBusyException;
import io.clientela.ingest.collect.CollectorFailedException;
import io.clientela.app.keys.InvalidApiKeyException;
import io.clientela.app.keys.NotPermittedException;
import io.clientela.core.ClientelaException;
import io.clientela.core.UsageException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.util.Map;

/** The one mapper from exceptions to HTTP answers; every error leaves the server as a {@link Problem}. */
final class Problems {
    private final PrintStream log;

    Problems(PrintStream log) {
        this.log = log;
    }

    void register(JavalinConfig config) {
        config.routes.exception(ClientelaException.class, (e, ctx) -> render(ctx, of(e)));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> render(ctx,
                new Problem(title(e.getStatus()), e.getStatus(), e.getMessage(), Map.of())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.println("error: " + ctx.method() + " " + ctx.path() + ": " + e);
            render(ctx, new Problem("Internal error", 500, "the server failed on this request; it was logged", Map.of()));
        });
        config.routes.error(404, ctx -> {
            // an endpoint's own 404 (a JSON problem, written as a string or a stream) stands; only a missing route gets this one
            boolean answered = ctx.attribute(io.clientela.app.rest.Problems.RENDERED) != null
                    || ctx.result() != null && !ctx.result().isEmpty() && "application/json".equals(ctx.contentType());
            if (!answered) {
                render(ctx, new Problem("Not found", 404, "no endpoint " + ctx.method() + " " + ctx.path(), Map.of()));
            }
        });
        config.routes.error(405, ctx -> render(ctx, new Problem("Method not allowed", 405, ctx.method() + " is not allowed on " + ctx.path(), Map.of())));
    }

    static Problem of(ClientelaException e) {
        if (e instanceof InvalidApiKeyException) {
            return new Problem("Unauthorized", 401, e.getMessage(), Map.of());
        }
        if (e instanceof io.clientela.store.customers.CustomerNotFoundException) {
            return new Problem("Not found", 404, e.getMessage(), Map.of());
        }
        if (e instanceof NotPermittedException) {
            return new Problem("Forbidden", 403, e.getMessage(), Map.of());
        }
        if (e instanceof CollectorBusyException b) {
            return new Problem("Too many requests", 429, e.getMessage(), Map.of("retry_after_seconds", b.retryAfterSeconds()));
        }
        if (e instanceof CollectorFailedException) {
            return new Problem("Service unavailable", 503, e.getMessage(), Map.of());
        }
        if (e instanceof BodyTooLargeException) {
            return new Problem("Content too large", 413, e.getMessage(), Map.of());
        }
        if (e instanceof MalformedRequestException || e instanceof UsageException) {
            return new Problem("Bad request", 400, e.getMessage(), Map.of());
        }
        return new Problem("Unprocessable content", 422, e.getMessage(), Map.of());
    }

    static void render(Context ctx, Problem p) {
        if (p.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        Object retry = p.extra().get("retry_after_seconds");
        if (retry != null) {
            ctx.header("Retry-After", retry.toString());
        }
        Json.write(ctx, p.status(), p.body());
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            default -> "HTTP " + status;
        };
    }
}
