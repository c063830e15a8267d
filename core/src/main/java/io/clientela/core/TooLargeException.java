package io.clientela.core;

/** A request or batch is larger than accepted; nothing of it was taken. */
public class TooLargeException extends ClientelaException {

    public TooLargeException(String message) {
        super(Kind.TOO_LARGE, message, null);
    }

    public TooLargeException(String message, Throwable cause) {
        super(Kind.TOO_LARGE, message, cause);
    }
}
