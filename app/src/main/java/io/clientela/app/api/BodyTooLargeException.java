package io.clientela.app.api;

import io.clientela.core.ClientelaException;

/** The request body is larger than the server takes, in bytes or in items; nothing was stored. */
final class BodyTooLargeException extends ClientelaException {
    BodyTooLargeException(String message) {
        super(message);
    }
}
