package io.clientela.core;

/** What was asked for does not exist, or is outside what the caller may see (the same answer, so existence does not leak). */
public class NotFoundException extends ClientelaException {

    public NotFoundException(String message) {
        super(Kind.NOT_FOUND, message, null);
    }

    public NotFoundException(String message, Throwable cause) {
        super(Kind.NOT_FOUND, message, cause);
    }
}
