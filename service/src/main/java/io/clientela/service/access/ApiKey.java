package io.clientela.service.access;

import java.time.LocalDateTime;

/**
 * A key as stored, without its secret.
 *
 * @param source the source system data sent with this key is recorded under (e.g. {@code web})
 */
public record ApiKey(String keyId, Role role, String source, String label, LocalDateTime createdAt, LocalDateTime revokedAt) {
    public ApiKey {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("api key: key id is missing");
        }
        if (role == null) {
            throw new IllegalArgumentException("api key " + keyId + ": role is missing");
        }
        if (source == null || !source.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw new IllegalArgumentException("api key " + keyId + ": source must be lower-case letters, digits, '-' or '_', not '" + source + "'");
        }
    }

    public boolean active() {
        return revokedAt == null;
    }
}
