package io.clientela.service.access;

import io.clientela.core.BusyException;
import io.clientela.store.Handle;
import io.clientela.store.access.LoginAttemptRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Brute-force guard: at most {@code maxFailures} logins per user name, and per address, are checked
 * within {@code window}; further attempts are refused until the oldest leaves the window.
 *
 * <p>An attempt is counted <em>before</em> its password is checked ({@link #begin}), atomically
 * with the check of the count, and forgotten only when it succeeds; so parallel attempts cannot all
 * pass the check while the slow hashes run. The counts live in memory behind one lock and are
 * written through to {@code login_attempts} in the workspace (keys as SHA-256), from which a new
 * limiter starts, so a restart does not reset them.
 */
public final class LoginLimiter {
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Supplier<Handle> connections;
    private final Map<String, Deque<Attempt>> byKey = new HashMap<>();
    private int sinceSweep;

    /** A limiter that starts from the attempts the workspace kept; {@code connections} opens a handle for each write. */
    public LoginLimiter(Clock clock, int maxFailures, Duration window, Supplier<Handle> connections) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.connections = connections;
        try (Handle h = connections.get()) {
            for (LoginAttemptRows.AttemptRow r : new LoginAttemptRows(h).after(utc(clock.instant().minus(window)))) {
                byKey.computeIfAbsent(r.keySha256(), k -> new ArrayDeque<>()).addLast(
                        new Attempt(r.attemptId(), r.attemptedAt().toInstant(ZoneOffset.UTC), List.of(r.keySha256())));
            }
        }
    }

    /** One attempt, counted under its keys (their SHA-256) until it succeeds. */
    public record Attempt(String id, Instant at, List<String> keys) {
    }

    /**
     * Counts an attempt under every key (e.g. the user name and the address), or throws a
     * {@link BusyException} with the seconds to wait when any key has had its {@code maxFailures}
     * within the window; then nothing is counted.
     */
    public synchronized Attempt begin(String... keys) {
        Instant now = clock.instant();
        List<String> hashes = Arrays.stream(keys).map(Sessions::sha256).toList();
        long wait = 0;
        for (String k : hashes) {
            Deque<Attempt> d = live(k, now);
            if (d != null && d.size() >= maxFailures) {
                wait = Math.max(wait, Math.max(1, Duration.between(now, d.peekFirst().at().plus(window)).toSeconds()));
            }
        }
        if (wait > 0) {
            throw new BusyException("too many failed logins; try again in " + wait + " s", wait);
        }
        Attempt a = new Attempt(UUID.randomUUID().toString(), now, hashes);
        try (Handle h = connections.get()) {
            new LoginAttemptRows(h).insert(a.id(), hashes, utc(now), utc(now.minus(window)));
        }
        for (String k : hashes) {
            byKey.computeIfAbsent(k, x -> new ArrayDeque<>()).addLast(a);
        }
        sweep(now);
        return a;
    }

    /** The attempt succeeded: it no longer counts anywhere, and {@code clearedKey} (the account) starts again from none. */
    public synchronized void succeeded(Attempt attempt, String clearedKey) {
        String cleared = Sessions.sha256(clearedKey);
        try (Handle h = connections.get()) {
            new LoginAttemptRows(h).succeeded(attempt.id(), cleared);
        }
        byKey.remove(cleared);
        for (String k : attempt.keys()) {
            Deque<Attempt> d = byKey.get(k);
            if (d != null) {
                d.removeIf(x -> x.id().equals(attempt.id()));
            }
        }
    }

    /** The attempts under {@code key} still in the window, the older ones dropped; null when there are none. */
    private Deque<Attempt> live(String key, Instant now) {
        Deque<Attempt> d = byKey.get(key);
        if (d == null) {
            return null;
        }
        while (!d.isEmpty() && !d.peekFirst().at().plus(window).isAfter(now)) {
            d.pollFirst();
        }
        if (d.isEmpty()) {
            byKey.remove(key);
            return null;
        }
        return d;
    }

    /** Now and then, forgets the keys whose attempts have all left the window (memory stays bounded by the attempts of one window). */
    private void sweep(Instant now) {
        if (++sinceSweep < 1_000) {
            return;
        }
        sinceSweep = 0;
        for (Iterator<String> i = byKey.keySet().iterator(); i.hasNext(); ) {
            Deque<Attempt> d = byKey.get(i.next());
            d.removeIf(x -> !x.at().plus(window).isAfter(now));
            if (d.isEmpty()) {
                i.remove();
            }
        }
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
