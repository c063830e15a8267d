package io.clientela.store;

import io.clientela.core.ClientelaException;

/** The workspace could not be opened or used: locked, too new, damaged or unreadable. */
public class WorkspaceException extends ClientelaException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
