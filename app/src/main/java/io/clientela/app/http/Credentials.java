package io.clientela.app.http;

import io.javalin.http.Context;

/** The one reading of a machine's API key from a request: {@code Authorization: Bearer <key>}, else {@code X-Api-Key: <key>}. */
final class Credentials {
    private Credentials() {
    }

    /** Whether the request presents an API key at all (then it is not a browser session). */
    static boolean presented(Context ctx) {
        return key(ctx) != null;
    }

    /** The key presented, or null. */
    static String key(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7);
        }
        return ctx.header("X-Api-Key");
    }
}
