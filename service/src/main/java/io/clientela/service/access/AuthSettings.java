package io.clientela.service.access;

import java.time.Duration;

/**
 * Session and login settings.
 *
 * @param sessionTtl how long a login lasts
 * @param maxFailures failed logins allowed per user name or address within {@code failureWindow}
 * @param secureCookie whether the session cookie is marked Secure (behind HTTPS)
 */
public record AuthSettings(Duration sessionTtl, int maxFailures, Duration failureWindow, boolean secureCookie) {
    public static final AuthSettings DEFAULT = new AuthSettings(Duration.ofHours(8), 5, Duration.ofMinutes(15), false);

    public AuthSettings {
        if (sessionTtl == null || sessionTtl.isNegative() || sessionTtl.isZero()) {
            throw new IllegalArgumentException("sessionTtl: expected a positive duration, got " + sessionTtl);
        }
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures: expected at least 1, got " + maxFailures);
        }
    }
}
