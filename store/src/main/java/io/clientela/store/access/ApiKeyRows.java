package io.clientela.store.access;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;

/** SQL over {@code api_keys}; the hashing and checking of secrets is the caller's. */
public final class ApiKeyRows {
    private final Connection c;

    public ApiKeyRows(Handle h) {
        this.c = h.connection();
    }

    public void insert(String keyId, String role, String source, String label, String secretSha256, LocalDateTime createdAt) {
        Db.update(c, "INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, ?, NULL)", keyId, role, source, label, secretSha256, createdAt);
    }

    /** A key as stored: its role label (write, read, admin) and the SHA-256 of its secret, never the secret. */
    public record KeyRow(String keyId, String role, String source, String label, String secretSha256, LocalDateTime createdAt,
                         LocalDateTime revokedAt) {
    }

    /** Every key, oldest first. */
    public List<KeyRow> all() {
        return Db.query(c, "SELECT key_id, role, source, label, secret_sha256, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id")
                .stream().map(r -> new KeyRow((String) r.get("key_id"), (String) r.get("role"), (String) r.get("source"), (String) r.get("label"),
                        (String) r.get("secret_sha256"), (LocalDateTime) r.get("created_at"), (LocalDateTime) r.get("revoked_at"))).toList();
    }

    /** Marks a key revoked; returns whether an active key of that id existed. */
    public boolean revoke(String keyId, LocalDateTime at) {
        return Db.update(c, "UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL", at, keyId) == 1;
    }
}
