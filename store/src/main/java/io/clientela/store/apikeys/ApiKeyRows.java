package io.clientela.store.apikeys;

import io.clientela.store.Db;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** SQL over {@code api_keys}; the hashing and checking of secrets is the caller's. */
public final class ApiKeyRows {
    private final Connection c;

    public ApiKeyRows(Connection c) {
        this.c = c;
    }

    public void insert(String keyId, String role, String source, String label, String secretSha256, LocalDateTime createdAt) {
        Db.update(c, "INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, ?, NULL)", keyId, role, source, label, secretSha256, createdAt);
    }

    /** Every key, oldest first, with key_id, role, source, label, secret_sha256, created_at, revoked_at. */
    public List<Map<String, Object>> all() {
        return Db.query(c, "SELECT key_id, role, source, label, secret_sha256, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id");
    }

    /** Marks a key revoked; returns whether an active key of that id existed. */
    public boolean revoke(String keyId, LocalDateTime at) {
        return Db.update(c, "UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL", at, keyId) == 1;
    }
}
