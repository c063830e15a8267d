package io.clientela.core;

/** Clientela itself failed (its store, its disk, a bug): not the caller's doing. Logged with its cause; the caller is told only that it happened. */
public class FaultException extends ClientelaException {

    public FaultException(String message) {
        super(Kind.FAULT, message, null);
    }

    public FaultException(String message, Throwable cause) {
        super(Kind.FAULT, message, cause);
    }
}
