package io.clientela.ingest.collect;

import io.clientela.core.ClientelaException;

/** The ingest queue is full; nothing of the batch was taken. Retry after {@link #retryAfterSeconds()}. */
public final class CollectorBusyException extends ClientelaException {
    private final int retryAfterSeconds;

    public CollectorBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
