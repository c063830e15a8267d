package io.clientela.service.access;

import io.clientela.core.ForbiddenException;

/** A valid key asked for something its role does not allow. */
public final class NotPermittedException extends ForbiddenException {
    public NotPermittedException(String message) {
        super(message);
    }
}
