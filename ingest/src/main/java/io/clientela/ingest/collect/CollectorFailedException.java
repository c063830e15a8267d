package io.clientela.ingest.collect;

import io.clientela.core.UnavailableException;

/** The batch could not be written (the store failed, or the collector is stopping); nothing of it was kept. Send it again. */
public final class CollectorFailedException extends UnavailableException {
    public CollectorFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
