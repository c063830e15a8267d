package io.clientela.app.auth;

import io.clientela.core.UsageException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a user may see. Admin: everything, users, erasure. Analyst: analyses, customers, exports.
 * Agent: the alerts routed to them, the cases they own, and those customers and their 360 view. Viewer:
 * aggregates only, never personal data.
 */
public enum Role {
    ADMIN, ANALYST, AGENT, VIEWER;

    public static final Set<Role> ALL = EnumSet.allOf(Role.class);
    public static final Set<Role> PERSONAL_DATA = EnumSet.of(ADMIN, ANALYST, AGENT);
    public static final Set<Role> ANALYSTS = EnumSet.of(ADMIN, ANALYST);
    public static final Set<Role> ADMINS = EnumSet.of(ADMIN);

    public static Role parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UsageException("unknown role '" + s + "': expected one of admin, analyst, agent, viewer");
        }
    }

    public boolean seesPersonalData() {
        return PERSONAL_DATA.contains(this);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
