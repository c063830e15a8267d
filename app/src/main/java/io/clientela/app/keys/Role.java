package io.clientela.app.keys;

import io.clientela.core.UsageException;
import java.util.Locale;

/** What a key may do. */
public enum Role {
    WRITE, READ, ADMIN;

    /** Whether a key of this role may do what {@code needed} allows. */
    public boolean permits(Role needed) {
        return this == ADMIN || this == needed;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return r;
            }
        }
        throw new UsageException("role must be write, read or admin, not '" + text + "'");
    }
}
