package io.clientela.ingest;

import io.clientela.core.ClientelaException;

/** A file could not be imported at all; the store is as it was before. */
public class ImportException extends ClientelaException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
