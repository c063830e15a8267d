package io.clientela.app.keys;

import io.clientela.core.ClientelaException;

/** A valid key asked for something its role does not allow. */
public final class NotPermittedException extends ClientelaException {
    public NotPermittedException(String message) {
        super(message);
    }
}
