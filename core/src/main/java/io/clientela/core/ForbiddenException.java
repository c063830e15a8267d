package io.clientela.core;

/** Valid credentials whose role does not allow what was asked. */
public class ForbiddenException extends ClientelaException {

    public ForbiddenException(String message) {
        super(Kind.FORBIDDEN, message, null);
    }

    public ForbiddenException(String message, Throwable cause) {
        super(Kind.FORBIDDEN, message, cause);
    }
}
