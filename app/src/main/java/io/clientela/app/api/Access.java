package io.clientela.app.api;

import io.clientela.app.keys.ApiKey;
import io.clientela.app.keys.ApiKeys;
import io.clientela.app.keys.Role;
import io.javalin.http.Context;

/** Finds the request's API key ({@code Authorization: Bearer} or {@code X-Api-Key}) and checks its role. */
final class Access {
    private final ApiKeys keys;

    Access(ApiKeys keys) {
        this.keys = keys;
    }

    ApiKey require(Context ctx, Role role) {
        String auth = ctx.header("Authorization");
        String presented = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7) : ctx.header("X-Api-Key");
        return ApiKeys.require(keys.authenticate(presented), role);
    }
}
