package io.clientela.service.access;

import java.time.Duration;
import java.util.Locale;

/**
 * Session and login settings ({@code auth:} in {@code clientela.yaml}).
 *
 * @param sessionTtl how long a login lasts
 * @param maxFailures failed logins allowed per user name, and per address, within {@code failureWindow}
 * @param failureWindow how long a failed login counts
 * @param secureCookie when the session cookie is marked Secure (sent back over HTTPS only)
 */
public record AuthSettings(Duration sessionTtl, int maxFailures, Duration failureWindow, SecureCookie secureCookie) {
    public static final AuthSettings DEFAULT = new AuthSettings(Duration.ofHours(8), 5, Duration.ofMinutes(15), SecureCookie.AUTO);

    /** With the Secure flag always on ({@code true}) or as the request says ({@code false}: {@link SecureCookie#AUTO}). */
    public AuthSettings(Duration sessionTtl, int maxFailures, Duration failureWindow, boolean secureCookie) {
        this(sessionTtl, maxFailures, failureWindow, secureCookie ? SecureCookie.ALWAYS : SecureCookie.AUTO);
    }

    public AuthSettings {
        if (sessionTtl == null || sessionTtl.isNegative() || sessionTtl.isZero()) {
            throw new IllegalArgumentException("session: expected a positive duration, got " + sessionTtl);
        }
        if (maxFailures < 1) {
            throw new IllegalArgumentException("max_failures: expected at least 1, got " + maxFailures);
        }
        if (failureWindow == null || failureWindow.isNegative() || failureWindow.isZero()) {
            throw new IllegalArgumentException("failure window: expected a positive duration, got " + failureWindow);
        }
        if (secureCookie == null) {
            throw new IllegalArgumentException("secure_cookie: expected auto, true or false");
        }
    }

    /** When the session cookie carries the Secure flag: {@code auto} (over HTTPS, or behind a proxy that says so), {@code true}, {@code false}. */
    public enum SecureCookie {
        AUTO, ALWAYS, NEVER;

        /** {@code auto}, {@code true} or {@code false}, as written in {@code clientela.yaml}. */
        public static SecureCookie parse(String text) {
            return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
                case "auto" -> AUTO;
                case "true" -> ALWAYS;
                case "false" -> NEVER;
                default -> throw new IllegalArgumentException("secure_cookie: expected auto, true or false, not '" + text + "'");
            };
        }

        /** Whether the cookie of a request that came over HTTPS ({@code https}) is marked Secure. */
        public boolean on(boolean https) {
            return this == ALWAYS || this == AUTO && https;
        }
    }
}
