package io.clientela.app.http;

import io.clientela.core.UsageException;

/**
 * How the server listens and what it takes.
 *
 * @param host         address to bind (127.0.0.1 by default: only this machine can connect)
 * @param port         port, or 0 for any free one
 * @param maxBodyBytes largest request body taken (413 beyond)
 * @param maxItems     most items taken in one batch (413 beyond)
 * @param allowedOrigins web origins ({@code https://shop.example.com}) whose pages may send to the
 *                     collection endpoints (CORS); {@code *} for any; empty for none but the server's own
 */
public record ServerSettings(String host, int port, int maxBodyBytes, int maxItems, java.util.List<String> allowedOrigins) {
    public static final int DEFAULT_MAX_BODY = 1 << 20;
    public static final int DEFAULT_MAX_ITEMS = 1000;

    public ServerSettings(String host, int port, int maxBodyBytes, int maxItems) {
        this(host, port, maxBodyBytes, maxItems, java.util.List.of());
    }

    public ServerSettings {
        allowedOrigins = java.util.List.copyOf(allowedOrigins);
        for (String o : allowedOrigins) {
            if (!o.equals("*") && !o.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
                throw new UsageException("server: an allowed origin is a scheme, host and optional port such as "
                        + "https://shop.example.com, or *; not " + o);
            }
        }
        if (host == null || host.isBlank()) {
            throw new UsageException("server: host is missing");
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("server: port must be between 0 and 65535, not " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new UsageException("server: the body limit must be at least 1024 bytes, not " + maxBodyBytes);
        }
        if (maxItems < 1) {
            throw new UsageException("server: the item limit must be at least 1, not " + maxItems);
        }
    }

    /** Whether a page from {@code origin} may send to the collection endpoints. */
    public boolean allows(String origin) {
        return origin != null && (allowedOrigins.contains("*") || allowedOrigins.contains(origin));
    }
}
