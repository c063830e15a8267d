package io.clientela.app.http;

import io.clientela.core.ForbiddenException;
import io.clientela.service.access.ApiKey;
import io.clientela.service.access.ApiKeys;
import io.clientela.service.access.Role;
import io.clientela.service.access.Session;
import io.clientela.service.access.User;
import io.clientela.store.Handle;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * REST calls by machines with an API key ({@link Credentials}, as for the collector). Keys only
 * read: a {@code read} key acts as a viewer (aggregates, no personal data), an {@code admin} key as
 * an analyst (personal data too, each read audited under {@code apikey:<id>}); a {@code write} key,
 * the one a web page carries, gets 403. No cookie, so no CSRF token. Keys are read from the store on
 * each call, so a revoked key stops at once.
 */
final class KeyCalls {
    private KeyCalls() {
    }

    /** A session standing for the key's caller, or 401/403 saying why not. */
    static Session admit(Context ctx, Handle c, Clock clock, Endpoint e) {
        ApiKey key = new ApiKeys(c, clock, new SecureRandom()).authenticate(Credentials.key(ctx)); // the random source only serves key creation
        Role role = key.role().restRole();
        if (role == null) {
            throw new ForbiddenException("the API key " + key.keyId() + " has role 'write', which may only send data to the collector; "
                    + "the REST API needs a 'read' or 'admin' key");
        }
        if (!ctx.method().equals(HandlerType.GET) && !ctx.method().equals(HandlerType.HEAD)) {
            throw new ForbiddenException("API keys may only read the REST API (GET); sign in to change anything");
        }
        if (!e.roles().contains(role)) {
            throw new ForbiddenException("the API key " + key.keyId() + " (" + key.role().keyLabel() + ", acting as " + role.id() + ") may not use "
                    + e.method() + " " + e.path());
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new Session(new User(0, "apikey:" + key.keyId(), role), "api-key-calls-send-no-csrf-token", now);
    }
}
