package io.clientela.ingest.collect;

import io.clientela.core.BusyException;

/** The ingest queue is full, or the collector is shutting down; nothing of the batch was taken. Retry after {@link #retryAfterSeconds()}. */
public final class CollectorBusyException extends BusyException {
    public CollectorBusyException(String message, int retryAfterSeconds) {
        super(message, retryAfterSeconds);
    }
}
