package io.clientela.service.access;

import io.clientela.store.Handle;
import io.clientela.store.access.SessionRows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Sessions keyed by the SHA-256 of a 256-bit random token; each ends at a fixed time after login. */
public final class Sessions {
    private final SessionRows rows;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random;

    public Sessions(Handle h, Clock clock, Duration ttl, SecureRandom random) {
        this.rows = new SessionRows(h);
        this.clock = clock;
        this.ttl = ttl;
        this.random = random;
    }

    /** Creates a session and returns its token (given to the browser once, as a cookie). */
    public String create(User user) {
        String token = randomToken();
        LocalDateTime now = LocalDateTime.now(clock);
        rows.insert(sha256(token), user.id(), randomToken(), now, now.plus(ttl));
        return token;
    }

    /** The live session a token names. */
    public Optional<Session> find(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return rows.live(sha256(token), LocalDateTime.now(clock))
                .map(r -> new Session(new User(r.userId(), r.username(), Role.parse(r.role())), r.csrfToken(), r.expiresAt()));
    }

    public void delete(String token) {
        if (token != null) {
            rows.delete(sha256(token));
        }
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new io.clientela.core.FaultException("this Java has no SHA-256, which Clientela needs", e);
        }
    }
}
