package io.clientela.core;

/** The request conflicts with the current state, e.g. a workflow move the lifecycle does not allow. */
public class ConflictException extends ClientelaException {

    public ConflictException(String message) {
        super(Kind.CONFLICT, message, null);
    }

    public ConflictException(String message, Throwable cause) {
        super(Kind.CONFLICT, message, cause);
    }
}
