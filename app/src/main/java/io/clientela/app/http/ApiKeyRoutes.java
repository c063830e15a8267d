package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.core.UnauthorizedException;
import io.clientela.service.access.Actor;
import io.clientela.service.access.ApiKey;
import io.clientela.service.access.ApiKeys;
import io.clientela.service.access.NewApiKey;
import io.clientela.service.access.Role;
import io.clientela.service.access.User;
import io.clientela.store.Handle;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Map;

/**
 * API keys: {@code GET /api/v1/apikeys}, {@code POST /api/v1/apikeys} with {@code {"role","source","label"}}
 * (the secret is in this answer only) and {@code DELETE /api/v1/apikeys/{id}} (revoke). For an
 * admin signed in to the dashboard (CSRF token on changes) or a machine with an admin key. With a
 * collector, changes go through the collector's own {@link ApiKeys}, so a revoked key stops at once.
 */
final class ApiKeyRoutes {
    private static final String EXAMPLE = "{\"role\": \"write|read|admin\", \"source\": \"web\", \"label\": \"shop tracker\"}";
    private final App app;
    private final ApiKeys shared;
    private final boolean sessions;
    private final SecureRandom random = new SecureRandom();

    private ApiKeyRoutes(App app, ApiKeys shared, boolean sessions) {
        this.app = app;
        this.shared = shared;
        this.sessions = sessions;
    }

    /**
     * @param shared   the keys the collector checks, or null without a collector
     * @param sessions whether the sign-in is installed (else only admin keys are admitted)
     */
    static void install(JavalinConfig config, App app, ApiKeys shared, boolean sessions) {
        ApiKeyRoutes r = new ApiKeyRoutes(app, shared, sessions);
        config.routes.get("/api/v1/apikeys", ctx -> r.with(ctx, (keys, by) -> {
            ctx.json(Map.of("keys", keys.list().stream().map(ApiKey::asMap).toList()));
        }));
        config.routes.post("/api/v1/apikeys", ctx -> r.with(ctx, (keys, by) -> {
            JsonNode body = Bodies.object(ctx, EXAMPLE, false);
            String role = Bodies.text(body, "role", 16, true, EXAMPLE);
            String source = body.hasNonNull("source") ? Bodies.text(body, "source", 32, false, EXAMPLE) : "web";
            NewApiKey k = keys.create(Role.parseKey(role), source, Bodies.text(body, "label", 200, false, EXAMPLE), by);
            Map<String, Object> m = k.key().asMap();
            m.put("key", k.secret());
            ctx.status(201).json(m);
        }));
        config.routes.delete("/api/v1/apikeys/{id}", ctx -> r.with(ctx, (keys, by) -> {
            ctx.json(keys.revoke(ctx.pathParam("id"), by).asMap());
        }));
    }

    @FunctionalInterface
    private interface Work {
        void apply(ApiKeys keys, Actor by);
    }

    private void with(Context ctx, Work work) {
        if (shared != null) {
            work.apply(shared, admit(ctx, shared));
            return;
        }
        try (Handle c = app.open()) {
            ApiKeys keys = new ApiKeys(c, app.clock(), random);
            work.apply(keys, admit(ctx, keys));
        }
    }

    /** An admin key, else an admin's session (with the CSRF token on a change). */
    private Actor admit(Context ctx, ApiKeys keys) {
        if (Credentials.presented(ctx) || !sessions) {
            if (!Credentials.presented(ctx)) {
                throw new UnauthorizedException("an API key is required: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'");
            }
            ApiKey k = ApiKeys.require(keys.authenticate(Credentials.key(ctx)), Role.ADMIN);
            return new Actor(new User(0, "apikey:" + k.keyId(), Role.ADMIN), ctx.ip());
        }
        return new Actor(Auth.require(ctx, Role.ADMINS).user(), ctx.ip());
    }
}
