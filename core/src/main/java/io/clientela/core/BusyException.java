package io.clientela.core;

/** Too much at once (a full queue, too many failed logins): nothing was done; try again after {@link #retryAfterSeconds()}. */
public class BusyException extends ClientelaException {
    private final long retryAfterSeconds;

    public BusyException(String message, long retryAfterSeconds) {
        super(Kind.BUSY, message, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
