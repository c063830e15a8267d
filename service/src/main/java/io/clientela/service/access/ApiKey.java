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

    /** The key as the command line and the REST API show it: id, role label, source, label and dates (never a secret). */
    public java.util.Map<String, Object> asMap() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("key_id", keyId);
        m.put("role", role.keyLabel());
        m.put("source", source);
        m.put("label", label);
        m.put("created_at", createdAt);
        m.put("revoked_at", revokedAt);
        return m;
    }
}
