package io.clientela.action.alert;

import io.clientela.core.UsageException;
import java.time.Duration;

/**
 * How alerts go out: the SMTP server (null when e-mail is not configured), whether e-mails go to the
 * workspace's outbox instead of being sent ({@code outbox}: stored as rendered, for demos and
 * trials), how many attempts each delivery gets, the first back-off (doubled after each failed
 * attempt) and the network timeout.
 */
public record DeliverySettings(Smtp smtp, boolean outbox, int attempts, Duration backoff, Duration timeout) {
    public static final DeliverySettings DEFAULT = new DeliverySettings(null, false, 3, Duration.ofSeconds(1), Duration.ofSeconds(5));

    /** Settings that send e-mail through {@code smtp} (null: no e-mail). */
    public DeliverySettings(Smtp smtp, int attempts, Duration backoff, Duration timeout) {
        this(smtp, false, attempts, backoff, timeout);
    }

    public DeliverySettings {
        if (attempts < 1 || attempts > 20) {
            throw new UsageException("attempts must be between 1 and 20, found " + attempts);
        }
        if (backoff.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new UsageException("backoff must not be negative and timeout must be positive");
        }
    }

    /** The back-off before attempt {@code next} (2, 3, ...): backoff, 2 x backoff, 4 x backoff, ... */
    public Duration backoffBefore(int next) {
        return backoff.multipliedBy(1L << Math.min(16, next - 2));
    }

    /** An SMTP server; user and password may be null (no authentication). */
    public record Smtp(String host, int port, String from, String user, String password) {
        public Smtp {
            if (host == null || host.isBlank()) {
                throw new UsageException("smtp host must not be blank");
            }
            if (port < 1 || port > 65535) {
                throw new UsageException("smtp port must be 1-65535, found " + port);
            }
            if (from == null || !from.contains("@")) {
                throw new UsageException("smtp from must be an e-mail address, found " + from);
            }
        }
    }
}
