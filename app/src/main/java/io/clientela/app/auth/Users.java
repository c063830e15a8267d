package io.clientela.app.auth;

import io.clientela.core.ClientelaException;
import io.clientela.core.UsageException;
import io.clientela.store.Db;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users table: add, list, change password, authenticate. */
public final class Users {
    public static final int MIN_PASSWORD = 10;
    private static final String DUMMY = new PasswordHasher(1_000).hash("not-a-password".toCharArray());
    private final Connection c;
    private final Clock clock;
    private final PasswordHasher hasher;

    public Users(Connection c, Clock clock, PasswordHasher hasher) {
        this.c = c;
        this.clock = clock;
        this.hasher = hasher;
    }

    public User add(String username, Role role, char[] password) {
        String name = checkName(username);
        checkPassword(password);
        if (Db.queryLong(c, "SELECT count(*) FROM users WHERE username = ?", name) > 0) {
            throw new ClientelaException("user '" + name + "' already exists; use 'user passwd' to change the password");
        }
        long id = Db.queryLong(c, "SELECT nextval('user_seq')");
        LocalDateTime now = LocalDateTime.now(clock);
        Db.update(c, "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, false)", id, name, role.id(), hasher.hash(password), now, now);
        return new User(id, name, role);
    }

    public List<Map<String, Object>> list() {
        return Db.query(c, "SELECT username, role, created_at, updated_at, disabled FROM users ORDER BY username");
    }

    public void passwd(String username, char[] password) {
        checkPassword(password);
        int n = Db.update(c, "UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?", hasher.hash(password),
                LocalDateTime.now(clock), username);
        if (n == 0) {
            throw new ClientelaException("no user named '" + username + "'");
        }
        Db.update(c, "DELETE FROM sessions WHERE user_id = (SELECT user_id FROM users WHERE username = ?)", username);
    }

    /** The user when the name and password match an enabled user; the same work is done when the name is unknown. */
    public Optional<User> authenticate(String username, char[] password) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT user_id, username, role, password_hash FROM users WHERE username = ? AND NOT disabled",
                username == null ? "" : username);
        if (rows.isEmpty()) {
            hasher.verify(password, DUMMY);
            return Optional.empty();
        }
        Map<String, Object> r = rows.get(0);
        if (!hasher.verify(password, (String) r.get("password_hash"))) {
            return Optional.empty();
        }
        return Optional.of(new User(((Number) r.get("user_id")).longValue(), (String) r.get("username"), Role.parse((String) r.get("role"))));
    }

    private static String checkName(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new UsageException("user name '" + username + "': expected 2-64 letters, digits or . _ @ -");
        }
        return username;
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new UsageException("password: expected at least " + MIN_PASSWORD + " characters");
        }
    }
}
