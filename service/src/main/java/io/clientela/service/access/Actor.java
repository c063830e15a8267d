package io.clientela.service.access;

/**
 * Who makes a change to users or keys, as the audit log records it: a signed-in admin with their
 * address, an admin API key, or the command line of the machine that holds the workspace.
 *
 * @param user   the person (or key, as {@code apikey:<id>}) acting, with their role
 * @param remote where the request came from ({@code local} for the command line)
 */
public record Actor(User user, String remote) {
    public Actor {
        if (user == null) {
            throw new IllegalArgumentException("actor: user must not be null");
        }
    }

    /** The command line: whoever can open the workspace folder administers it. */
    public static Actor commandLine() {
        return new Actor(new User(0, "cli", Role.ADMIN), "local");
    }
}
