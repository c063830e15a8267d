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

/**
 * The users table: add, list, change password, authenticate; disable, enable, change the role of and
 * remove a user (each audited, each ending the user's sessions, none leaving the workspace without an
 * enabled admin).
 */
public final class Users {
    public static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;
    private final UserRows rows;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final Handle handle;

    public Users(Handle h, Clock clock, PasswordHasher hasher) {
        this.handle = h;
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

    /** Removes a user and ends their sessions (the command line's own, unaudited way; see {@link #remove(String, Actor)}). */
    public void remove(String username) {
        remove(username, null);
    }

    /** Adds a user, as {@link #add(String, Role, char[])}, and records who did it in the audit log. */
    public User add(String username, Role role, char[] password, Actor by) {
        return handle.inTransaction(() -> {
            User u = add(username, role, password);
            audit(by, "user_add", u.username() + " as " + role.id());
            return u;
        });
    }

    /** Disables a user: their sessions end at once and they cannot sign in; refused for the last enabled admin. */
    public UserChange disable(String username, Actor by) {
        return handle.inTransaction(() -> {
            UserRows.UserRow r = existing(username);
            if (r.disabled()) {
                return new UserChange(r.username(), Role.parse(r.role()), true, false);
            }
            keepAnAdmin(r, "disable");
            rows.setDisabled(r.username(), true, now());
            audit(by, "user_disable", r.username());
            return new UserChange(r.username(), Role.parse(r.role()), true, true);
        });
    }

    /** Enables a disabled user again (they sign in anew). */
    public UserChange enable(String username, Actor by) {
        return handle.inTransaction(() -> {
            UserRows.UserRow r = existing(username);
            if (!r.disabled()) {
                return new UserChange(r.username(), Role.parse(r.role()), false, false);
            }
            rows.setDisabled(r.username(), false, now());
            audit(by, "user_enable", r.username());
            return new UserChange(r.username(), Role.parse(r.role()), false, true);
        });
    }

    /** Gives a user another role and ends their sessions; refused when it would demote the last enabled admin. */
    public UserChange changeRole(String username, Role role, Actor by) {
        if (role == null || !Role.PEOPLE.contains(role)) {
            throw new UsageException("a user is an admin, analyst, agent or viewer, not " + (role == null ? "nothing" : role.id()));
        }
        return handle.inTransaction(() -> {
            UserRows.UserRow r = existing(username);
            if (r.role().equals(role.id())) {
                return new UserChange(r.username(), role, r.disabled(), false);
            }
            if (role != Role.ADMIN) {
                keepAnAdmin(r, "make " + role.id());
            }
            rows.setRole(r.username(), role.id(), now());
            audit(by, "user_role", r.username() + " from " + r.role() + " to " + role.id());
            return new UserChange(r.username(), role, r.disabled(), true);
        });
    }

    /** Removes a user and ends their sessions; refused for the last enabled admin. {@code by} may be null (not audited). */
    public void remove(String username, Actor by) {
        handle.inTransaction(() -> {
            UserRows.UserRow r = existing(username);
            keepAnAdmin(r, "remove");
            rows.delete(r.username());
            if (by != null) {
                audit(by, "user_remove", r.username());
            }
        });
    }

    /**
     * What a change left: the user's name, role and whether disabled, and whether anything changed
     * (disabling a disabled user changes nothing and is not an error).
     */
    public record UserChange(String username, Role role, boolean disabled, boolean changed) {
        /** As the command line's --json and the REST API show it. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", username);
            m.put("role", role.id());
            m.put("disabled", disabled);
            m.put("changed", changed);
            return m;
        }
    }

    private UserRows.UserRow existing(String username) {
        return rows.find(username == null ? "" : username).orElseThrow(() -> new NotFoundException("no user named '" + username + "'"));
    }

    /** Refuses to take away the last enabled admin (the check holds against concurrent changes: {@link UserRows#lockActiveAdmins}). */
    private void keepAnAdmin(UserRows.UserRow r, String what) {
        if (!r.role().equals(Role.ADMIN.id()) || r.disabled()) {
            return;
        }
        if (rows.lockActiveAdmins() <= 1) {
            throw new ConflictException("cannot " + what + " '" + r.username() + "': it is the last enabled admin, and the workspace needs one; "
                    + "add or enable another admin first");
        }
    }

    private void audit(Actor by, String action, String detail) {
        new AuditLog(handle, clock).record(by.user(), action, null, detail, by.remote());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
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
