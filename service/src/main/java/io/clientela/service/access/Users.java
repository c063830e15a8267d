package io.clientela.service.access;

import io.clientela.core.ConflictException;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.store.Handle;
import io.clientela.store.access.UserRows;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users table: add, list, change password, authenticate. */
public final class Users {
    public static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;
    private final UserRows rows;
    private final Clock clock;
    private final PasswordHasher hasher;

    public Users(Handle h, Clock clock, PasswordHasher hasher) {
        this.rows = new UserRows(h);
        this.clock = clock;
        this.hasher = hasher;
    }

    public User add(String username, Role role, char[] password) {
        String name = checkName(username);
        PasswordPolicy.check(name, password);
        if (!Role.PEOPLE.contains(role)) {
            throw new UsageException("a user is an admin, analyst, agent or viewer, not " + role.id());
        }
        if (rows.exists(name)) {
            throw new ConflictException("user '" + name + "' already exists; use 'user passwd' to change the password");
        }
        long id = rows.insert(name, role.id(), hasher.hash(password), LocalDateTime.now(clock));
        return new User(id, name, role);
    }

    /** Every user by name: username, role, created_at, updated_at, disabled (no hashes). */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (UserRows.UserRow r : rows.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", r.username());
            m.put("role", r.role());
            m.put("created_at", r.createdAt());
            m.put("updated_at", r.updatedAt());
            m.put("disabled", r.disabled());
            out.add(m);
        }
        return out;
    }

    /** Whether a user of that name exists. */
    public boolean exists(String username) {
        return rows.exists(username);
    }

    /** Removes a user and ends their sessions. */
    public void remove(String username) {
        if (!rows.delete(username)) {
            throw new NotFoundException("no user named '" + username + "'");
        }
    }

    public void passwd(String username, char[] password) {
        PasswordPolicy.check(username, password);
        if (!rows.setPassword(username, hasher.hash(password), LocalDateTime.now(clock))) {
            throw new NotFoundException("no user named '" + username + "'");
        }
    }

    /**
     * The user when the name and password match an enabled user. An unknown or disabled name costs one
     * derivation at the full count too, so the time taken does not tell which names exist.
     */
    public Optional<User> authenticate(String username, char[] password) {
        Optional<UserRows.UserRow> row = rows.enabled(username == null ? "" : username);
        if (row.isEmpty()) {
            hasher.spendOneCheck(password);
            return Optional.empty();
        }
        UserRows.UserRow r = row.get();
        if (!hasher.verify(password, r.passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(new User(r.userId(), r.username(), Role.parse(r.role())));
    }

    private static String checkName(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new UsageException("user name '" + username + "': expected 2-64 letters, digits or . _ @ -");
        }
        return username;
    }
}
