package io.clientela.store.access;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL over {@code sessions}, keyed by the SHA-256 of the token the browser holds (never the token). */
public final class SessionRows {
    private final Connection c;

    public SessionRows(Handle h) {
        this.c = h.connection();
    }

    /** A live session with its user. */
    public record SessionRow(long userId, String username, String role, String csrfToken, LocalDateTime expiresAt) {
    }

    /** Stores a session, first removing those that expired. */
    public void insert(String tokenSha256, long userId, String csrfToken, LocalDateTime createdAt, LocalDateTime expiresAt) {
        Db.update(c, "DELETE FROM sessions WHERE expires_at < ?", createdAt);
        Db.update(c, "INSERT INTO sessions VALUES (?, ?, ?, ?, ?)", tokenSha256, userId, csrfToken, createdAt, expiresAt);
    }

    /** The session of that token hash, when it is live at {@code now} and its user enabled. */
    public Optional<SessionRow> live(String tokenSha256, LocalDateTime now) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT u.user_id, u.username, u.role, s.csrf_token, s.expires_at FROM sessions s "
                + "JOIN users u USING (user_id) WHERE s.token_sha256 = ? AND s.expires_at > ? AND NOT u.disabled", tokenSha256, now);
        return rows.stream().findFirst().map(r -> new SessionRow(((Number) r.get("user_id")).longValue(), (String) r.get("username"),
                (String) r.get("role"), (String) r.get("csrf_token"), (LocalDateTime) r.get("expires_at")));
    }

    public void delete(String tokenSha256) {
        Db.update(c, "DELETE FROM sessions WHERE token_sha256 = ?", tokenSha256);
    }
}
