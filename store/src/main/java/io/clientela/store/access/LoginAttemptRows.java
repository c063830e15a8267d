package io.clientela.store.access;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;

/** SQL over {@code login_attempts}: the brute-force guard's attempts by key hash; counting and keys are the caller's. */
public final class LoginAttemptRows {
    private final Connection c;

    public LoginAttemptRows(Handle h) {
        this.c = h.connection();
    }

    /** One attempt under one key. */
    public record AttemptRow(String attemptId, String keySha256, LocalDateTime attemptedAt) {
    }

    /** Records an attempt under each of {@code keySha256s}, first deleting the attempts made at or before {@code forget}. */
    public void insert(String attemptId, List<String> keySha256s, LocalDateTime at, LocalDateTime forget) {
        Db.inTransaction(c, x -> {
            Db.update(c, "DELETE FROM login_attempts WHERE attempted_at <= ?", forget);
            for (String k : keySha256s) {
                Db.update(c, "INSERT INTO login_attempts VALUES (?, ?, ?)", attemptId, k, at);
            }
            return null;
        });
    }

    /** The attempts made after {@code after}, oldest first, after deleting the others. */
    public List<AttemptRow> after(LocalDateTime after) {
        Db.update(c, "DELETE FROM login_attempts WHERE attempted_at <= ?", after);
        return Db.query(c, "SELECT attempt_id, key_sha256, attempted_at FROM login_attempts WHERE attempted_at > ? ORDER BY attempted_at", after)
                .stream().map(r -> new AttemptRow((String) r.get("attempt_id"), (String) r.get("key_sha256"), (LocalDateTime) r.get("attempted_at")))
                .toList();
    }

    /** Forgets one attempt (it succeeded) and every attempt under {@code clearedKeySha256} (its account starts again). */
    public void succeeded(String attemptId, String clearedKeySha256) {
        Db.inTransaction(c, x -> {
            Db.update(c, "DELETE FROM login_attempts WHERE attempt_id = ?", attemptId);
            Db.update(c, "DELETE FROM login_attempts WHERE key_sha256 = ?", clearedKeySha256);
            return null;
        });
    }
}
