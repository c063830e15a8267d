package io.clientela.store;

/** Another process holds the workspace's lock; {@link #holder()} is what it wrote there (its pid, command and start). */
public final class WorkspaceInUseException extends WorkspaceException {
    private final String holder;

    WorkspaceInUseException(String message, String holder) {
        super(message);
        this.holder = holder;
    }

    /** The holder's own words: {@code pid N, clientela serve, since ...}, or empty when it wrote none. */
    public String holder() {
        return holder;
    }
}
