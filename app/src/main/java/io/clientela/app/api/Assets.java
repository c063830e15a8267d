package io.clientela.app.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the few fixed files the server carries (the tracker and the demo shop), from the class path. */
final class Assets {
    private Assets() {
    }

    static io.javalin.http.Handler file(String resource, String contentType) {
        byte[] bytes = read(resource);
        return ctx -> serve(ctx, bytes, contentType);
    }

    private static void serve(Context ctx, byte[] bytes, String contentType) {
        ctx.contentType(contentType).header("Cache-Control", "no-cache").result(bytes);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
