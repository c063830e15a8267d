package io.clientela.service.access;

import java.time.LocalDateTime;

/** A live login: the user, the CSRF token every state-changing request must repeat, and when it ends. */
public record Session(User user, String csrfToken, LocalDateTime expiresAt) {
    public Session {
        if (user == null || csrfToken == null || csrfToken.isBlank() || expiresAt == null) {
            throw new IllegalArgumentException("session: user, csrf token and expiry are required");
        }
    }
}
