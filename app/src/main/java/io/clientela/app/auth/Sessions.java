package io.clientela.app.auth;

import io.clientela.store.Db;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions keyed by the SHA-256 of a 256-bit random token; each ends at a fixed time after login. */
final class Sessions {
    private final Connection c;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random;

    Sessions(Connection c, Clock clock, Duration ttl, SecureRandom random) {
        this.c = c;
        this.clock = clock;
        this.ttl = ttl;
        this.random = random;
    }

    /** Creates a session and returns its token (given to the browser once, as a cookie). */
    String create(User user) {
        String token = randomToken();
        LocalDateTime now = LocalDateTime.now(clock);
        Db.update(c, "DELETE FROM sessions WHERE expires_at < ?", now);
        Db.update(c, "INSERT INTO sessions VALUES (?, ?, ?, ?, ?)", sha256(token), user.id(), randomToken(), now, now.plus(ttl));
        return token;
    }

    Optional<Session> find(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        List<Map<String, Object>> rows = Db.query(c, "SELECT u.user_id, u.username, u.role, s.csrf_token, s.expires_at FROM sessions s "
                + "JOIN users u USING (user_id) WHERE s.token_sha256 = ? AND s.expires_at > ? AND NOT u.disabled", sha256(token),
                LocalDateTime.now(clock));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> r = rows.get(0);
        User u = new User(((Number) r.get("user_id")).longValue(), (String) r.get("username"), Role.parse((String) r.get("role")));
        return Optional.of(new Session(u, (String) r.get("csrf_token"), (LocalDateTime) r.get("expires_at")));
    }

    void delete(String token) {
        if (token != null) {
            Db.update(c, "DELETE FROM sessions WHERE token_sha256 = ?", sha256(token));
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
            throw new IllegalStateException(e);
        }
    }
}
