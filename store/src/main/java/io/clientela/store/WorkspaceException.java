package io.clientela.store;

import io.clientela.core.ClientelaException;

/**
 * The workspace could not be opened or used: locked by another process, written by a newer
 * Clientela, damaged or unreadable ({@link Kind#UNAVAILABLE}: nothing was changed; the message says
 * what to do).
 */
public class WorkspaceException extends ClientelaException {

    public WorkspaceException(String message) {
        super(Kind.UNAVAILABLE, message, null);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(Kind.UNAVAILABLE, message, cause);
    }
}
