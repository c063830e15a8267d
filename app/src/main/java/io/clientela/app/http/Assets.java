package io.clientela.app.http;

import io.clientela.core.FaultException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

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
                throw new FaultException("the server's file " + resource + " is missing from this build of Clientela; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new FaultException("cannot read the server's file " + resource + ": " + e.getMessage(), e);
        }
    }
}
