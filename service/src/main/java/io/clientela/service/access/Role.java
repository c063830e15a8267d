package io.clientela.service.access;

import io.clientela.core.UsageException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a person or a machine may do: the one role type of users and API keys.
 * <ul>
 *   <li>Admin: everything, users, keys, erasure. An admin key also manages keys and reads the REST API as an analyst.</li>
 *   <li>Analyst: analyses, customers, exports.</li>
 *   <li>Agent: the alerts routed to them, the cases they own, and those customers and their 360 view.</li>
 *   <li>Viewer: aggregates only, never personal data. A read key is a viewer.</li>
 *   <li>Writer (keys only): may only send data to the collector, what a web page can safely carry.</li>
 * </ul>
 * Users are stored with {@link #id()} (admin, analyst, agent, viewer), keys with {@link #keyLabel()} (write, read, admin).
 */
public enum Role {
    ADMIN, ANALYST, AGENT, VIEWER, WRITER;

    /** The roles of people (dashboard users); a writer is a key only. */
    public static final Set<Role> PEOPLE = EnumSet.of(ADMIN, ANALYST, AGENT, VIEWER);
    /** Every signed-in person. */
    public static final Set<Role> ALL = PEOPLE;
    public static final Set<Role> PERSONAL_DATA = EnumSet.of(ADMIN, ANALYST, AGENT);
    public static final Set<Role> ANALYSTS = EnumSet.of(ADMIN, ANALYST);
    public static final Set<Role> ADMINS = EnumSet.of(ADMIN);
    /** The roles a key may have. */
    public static final Set<Role> KEYS = EnumSet.of(WRITER, VIEWER, ADMIN);

    /** A person's role from its id: admin, analyst, agent or viewer. */
    public static Role parse(String s) {
        for (Role r : PEOPLE) {
            if (s != null && r.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new UsageException("unknown role '" + s + "': expected one of admin, analyst, agent, viewer");
    }

    /** A key's role from its label: write, read or admin. */
    public static Role parseKey(String text) {
        for (Role r : KEYS) {
            if (r.keyLabel().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return r;
            }
        }
        throw new UsageException("role must be write, read or admin, not '" + text + "'");
    }

    public boolean seesPersonalData() {
        return PERSONAL_DATA.contains(this);
    }

    /** The person's role as stored and shown: admin, analyst, agent, viewer (writer for a write key). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A key's role as stored and shown: write, read or admin. */
    public String keyLabel() {
        return switch (this) {
            case WRITER -> "write";
            case VIEWER -> "read";
            case ADMIN -> "admin";
            default -> throw new IllegalStateException("a key is a writer, a viewer or an admin, not " + id());
        };
    }

    /** Whether a key of this role may do what a key of role {@code needed} may: an admin key may do everything. */
    public boolean permits(Role needed) {
        return this == ADMIN || this == needed;
    }

    /** Whom a key acts as in the REST API: a read key as a viewer, an admin key as an analyst (its reads audited); a write key as no one. */
    public Role restRole() {
        return switch (this) {
            case VIEWER -> VIEWER;
            case ADMIN -> ANALYST;
            default -> null;
        };
    }
}
