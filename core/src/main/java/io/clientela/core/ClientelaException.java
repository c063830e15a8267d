package io.clientela.core;

/**
 * Root of Clientela's unchecked exceptions. Each subclass is named for what failed and carries a
 * message written for the person who ran the command: it names the file, row, field or workspace
 * involved and, where possible, what to do about it. The command line prints the message as one
 * line and exits with {@link #exitCode()}; the HTTP API will map it to a status.
 */
public class ClientelaException extends RuntimeException {

    public ClientelaException(String message) {
        super(message);
    }

    public ClientelaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** 1 when data or validation failed (the default), 2 when the command was used wrongly. */
    public int exitCode() {
        return 1;
    }
}
