package io.clientela.app.rest;

import io.clientela.app.auth.Role;
import io.clientela.app.auth.Session;
import io.clientela.app.auth.User;
import io.clientela.app.keys.ApiKey;
import io.clientela.app.keys.ApiKeys;
import io.clientela.app.keys.InvalidApiKeyException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * REST calls by machines with an API key ({@code Authorization: Bearer <key>} or {@code X-Api-Key},
 * as for the collector). Keys only read: a {@code read} key acts as a viewer (aggregates, no
 * personal data), an {@code admin} key as an analyst (personal data too, each read audited under
 * {@code apikey:<id>}); a {@code write} key, the one a web page carries, gets 403. No cookie, so no
 * CSRF token. Keys are read from the store on each call, so a revoked key stops at once.
 */
final class KeyCalls {
    private KeyCalls() {
    }

    static boolean presented(Context ctx) {
        String auth = ctx.header("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) || ctx.header("X-Api-Key") != null;
    }

    /** A session standing for the key's caller, or 401/403 saying why not. */
    static Session admit(Context ctx, Connection c, Clock clock, Endpoint e) {
        String auth = ctx.header("Authorization");
        String presented = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7) : ctx.header("X-Api-Key");
        ApiKey key;
        try {
            key = new ApiKeys(c, clock, new SecureRandom()).authenticate(presented); // the random source only serves key creation
        } catch (InvalidApiKeyException ex) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw Problem.unauthorized(ex.getMessage());
        }
        Role role = switch (key.role()) {
            case READ -> Role.VIEWER;
            case ADMIN -> Role.ANALYST;
            case WRITE -> throw Problem.forbidden("the API key " + key.keyId() + " has role 'write', which may only send data to the collector; "
                    + "the REST API needs a 'read' or 'admin' key");
        };
        if (!ctx.method().equals(HandlerType.GET) && !ctx.method().equals(HandlerType.HEAD)) {
            throw Problem.forbidden("API keys may only read the REST API (GET); sign in to change anything");
        }
        if (!e.roles().contains(role)) {
            throw Problem.forbidden("the API key " + key.keyId() + " (" + key.role().label() + ", acting as " + role.id() + ") may not use "
                    + e.method() + " " + e.path());
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new Session(new User(0, "apikey:" + key.keyId(), role), "api-key-calls-send-no-csrf-token", now);
    }
}
