package io.clientela.service.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Brute-force guard: after {@code maxFailures} failed logins for one user name, or from one address,
 * within {@code window}, further attempts are refused until the oldest failure leaves the window.
 */
public final class LoginLimiter {
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LoginLimiter(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Seconds to wait before {@code keys} may try again, 0 when they may try now. */
    public synchronized long retryAfterSeconds(String... keys) {
        Instant now = clock.instant();
        long wait = 0;
        for (String k : keys) {
            Deque<Instant> d = failures.get(k);
            if (d == null) {
                continue;
            }
            while (!d.isEmpty() && d.peekFirst().plus(window).isBefore(now)) {
                d.pollFirst();
            }
            if (d.size() >= maxFailures) {
                wait = Math.max(wait, Math.max(1, Duration.between(now, d.peekFirst().plus(window)).toSeconds()));
            }
        }
        return wait;
    }

    public synchronized void failed(String... keys) {
        for (String k : keys) {
            failures.computeIfAbsent(k, x -> new ArrayDeque<>()).addLast(clock.instant());
        }
        if (failures.size() > 100_000) {
            failures.clear();
        }
    }

    public synchronized void succeeded(String key) {
        failures.remove(key);
    }
}
