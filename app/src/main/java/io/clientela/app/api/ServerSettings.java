package io.clientela.app.api;

/**
 * How the server listens and what it takes.
 *
 * @param host         address to bind (127.0.0.1 by default: only this machine can connect)
 * @param port         port, or 0 for any free one
 * @param maxBodyBytes largest request body taken (413 beyond)
 * @param maxItems     most items taken in one batch (413 beyond)
 */
public record ServerSettings(String host, int port, int maxBodyBytes, int maxItems) {
    public static final int DEFAULT_MAX_BODY = 1 << 20;
    public static final int DEFAULT_MAX_ITEMS = 1000;

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("server: host is missing");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("server: port must be between 0 and 65535, not " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("server: the body limit must be at least 1024 bytes, not " + maxBodyBytes);
        }
        if (maxItems < 1) {
            throw new IllegalArgumentException("server: the item limit must be at least 1, not " + maxItems);
        }
    }
}
