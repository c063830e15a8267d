package io.clientela.ingest;

import io.clientela.core.UsageException;

/** A mapping file is malformed or does not fit its entity; names the file, key and line. */
public class MappingException extends UsageException {

    public MappingException(String message) {
        super(message);
    }
}
