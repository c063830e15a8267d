package io.clientela.store.access;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL over {@code users}: names, role ids, password hashes; hashing and checking are the caller's. */
public final class UserRows {
    private final Connection c;

    public UserRows(Handle h) {
        this.c = h.connection();
    }

    /** A user as stored, with the hash of their password. */
    public record UserRow(long userId, String username, String role, String passwordHash, LocalDateTime createdAt, LocalDateTime updatedAt,
                          boolean disabled) {
    }

    public boolean exists(String username) {
        return Db.queryLong(c, "SELECT count(*) FROM users WHERE username = ?", username) > 0;
    }

    /** Adds a user and returns their id. */
    public long insert(String username, String role, String passwordHash, LocalDateTime at) {
        long id = Db.queryLong(c, "SELECT nextval('user_seq')");
        Db.update(c, "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, false)", id, username, role, passwordHash, at, at);
        return id;
    }

    /** Every user by name. */
    public List<UserRow> all() {
        return Db.query(c, "SELECT * FROM users ORDER BY username").stream().map(UserRows::row).toList();
    }

    /** The enabled user of that name. */
    public Optional<UserRow> enabled(String username) {
        return Db.query(c, "SELECT * FROM users WHERE username = ? AND NOT disabled", username).stream().map(UserRows::row).findFirst();
    }

    /** Sets a user's password hash and ends their sessions; false when there is no such user. */
    public boolean setPassword(String username, String passwordHash, LocalDateTime at) {
        if (Db.update(c, "UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?", passwordHash, at, username) == 0) {
            return false;
        }
        Db.update(c, "DELETE FROM sessions WHERE user_id = (SELECT user_id FROM users WHERE username = ?)", username);
        return true;
    }

    /** Removes a user and their sessions; false when there is no such user. */
    public boolean delete(String username) {
        Db.update(c, "DELETE FROM sessions WHERE user_id IN (SELECT user_id FROM users WHERE username = ?)", username);
        return Db.update(c, "DELETE FROM users WHERE username = ?", username) > 0;
    }

    /** The user of that name, enabled or not. */
    public Optional<UserRow> find(String username) {
        return Db.query(c, "SELECT * FROM users WHERE username = ?", username).stream().map(UserRows::row).findFirst();
    }

    /**
     * The number of enabled admins. Every enabled admin's row is written (unchanged) first, so two
     * transactions that each take away an admin conflict on them: one commits, the other fails and
     * changes nothing, and the last admin cannot be taken away by two changes at the same moment.
     * The write sets the unique {@code username}: DuckDB rewrites a row whose indexed column is set,
     * and two transactions rewriting one row conflict (setting a plain column in place would not).
     */
    public long lockActiveAdmins() {
        Db.update(c, "UPDATE users SET username = username WHERE role = 'admin' AND NOT disabled");
        return Db.queryLong(c, "SELECT count(*) FROM users WHERE role = 'admin' AND NOT disabled");
    }

    /** Disables or enables a user; disabling ends their sessions. False when there is no such user. */
    public boolean setDisabled(String username, boolean disabled, LocalDateTime at) {
        if (Db.update(c, "UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?", disabled, at, username) == 0) {
            return false;
        }
        if (disabled) {
            endSessions(username);
        }
        return true;
    }

    /** Changes a user's role and ends their sessions; false when there is no such user. */
    public boolean setRole(String username, String role, LocalDateTime at) {
        if (Db.update(c, "UPDATE users SET role = ?, updated_at = ? WHERE username = ?", role, at, username) == 0) {
            return false;
        }
        endSessions(username);
        return true;
    }

    private void endSessions(String username) {
        Db.update(c, "DELETE FROM sessions WHERE user_id IN (SELECT user_id FROM users WHERE username = ?)", username);
    }

    private static UserRow row(Map<String, Object> r) {
        return new UserRow(((Number) r.get("user_id")).longValue(), (String) r.get("username"), (String) r.get("role"),
                (String) r.get("password_hash"), (LocalDateTime) r.get("created_at"), (LocalDateTime) r.get("updated_at"),
                Boolean.TRUE.equals(r.get("disabled")));
    }
}
