package io.clientela.app.http;

import io.clientela.app.logging.Faults;
import io.clientela.core.BusyException;
import io.clientela.core.ClientelaException;
import io.clientela.service.messages.ServerMessages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapper from exceptions to HTTP answers: every error leaves the server as a {@link Problem}
 * whose status follows from the exception's {@link ClientelaException.Kind}. A fault of Clientela
 * itself (its store, a bug) is a 500 and goes to the error log with its stack trace (never the
 * request's query, body or headers); the answer then says only that it happened, never a Java class
 * name or SQL.
 */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    /** Set on a request whose problem is written, so the 404 page leaves an endpoint's own 404 alone. */
    static final String RENDERED = "clientela.problem";

    private Problems() {
    }

    static void install(JavalinConfig config) {
        config.routes.exception(ClientelaException.class, (e, ctx) -> render(ctx, of(e, ctx)));
        // Javalin's own answers (no such route, body too large): in the same format, with our words
        config.routes.exception(HttpResponseException.class, (e, ctx) -> render(ctx, new Problem(e.getStatus(),
                e.getStatus() == 404 ? "no endpoint " + ctx.method() + " " + ctx.path() : e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            Faults.log(LOG, ctx.method() + " " + ctx.path(), e);
            render(ctx, new Problem(500, "the server failed on " + ctx.method() + " " + ctx.path() + "; the error is in the server's log"));
        });
        config.routes.error(404, ctx -> {
            // an endpoint's own 404 (a JSON problem) stands; only a missing route gets this one
            if (ctx.attribute(RENDERED) == null) {
                render(ctx, new Problem(404, "no endpoint " + ctx.method() + " " + ctx.path()));
            }
        });
        config.routes.error(405, ctx -> render(ctx, new Problem(405, ctx.method() + " is not allowed on " + ctx.path())));
        config.routes.error(413, ctx -> {
            if (ctx.attribute(RENDERED) == null) {
                render(ctx, new Problem(413, "the request body is larger than the server accepts"));
            }
        });
    }

    static Problem of(ClientelaException e, Context ctx) {
        int status = e.kind().status();
        if (e.kind() == ClientelaException.Kind.FAULT) {
            Faults.log(LOG, ctx.method() + " " + ctx.path(), e);
            return new Problem(500, "the server failed on " + ctx.method() + " " + ctx.path() + "; the error is in the server's log");
        }
        if (e instanceof BusyException b) {
            return new Problem(Problem.title(status), status, e.getMessage(), Map.of("retry_after_seconds", b.retryAfterSeconds()));
        }
        return new Problem(status, e.getMessage());
    }

    static void render(Context ctx, Problem p) {
        if (p.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        Object retry = p.extra().get("retry_after_seconds");
        if (retry != null) {
            ctx.header("Retry-After", retry.toString());
        }
        ctx.attribute(RENDERED, true);
        String lang = ServerMessages.language(ctx.header("Accept-Language"));
        if (!lang.equals("en")) {
            // the dashboard's language; the English detail stays beside it for a bug report or a search
            Map<String, Object> body = new java.util.LinkedHashMap<>(p.body());
            String detail = ServerMessages.translate(lang, p.detail());
            body.put("title", ServerMessages.translate(lang, p.title()));
            body.put("detail", detail);
            if (!detail.equals(p.detail())) {
                body.put("detail_en", p.detail());
            }
            ctx.status(p.status()).json(body);
            return;
        }
        ctx.status(p.status()).json(p.body());
    }
}
