package io.clientela.core;

/** A part Clientela needs is not working right now (a stopping collector, a write that did not finish); the request may be sent again. */
public class UnavailableException extends ClientelaException {

    public UnavailableException(String message) {
        super(Kind.UNAVAILABLE, message, null);
    }

    public UnavailableException(String message, Throwable cause) {
        super(Kind.UNAVAILABLE, message, cause);
    }
}
