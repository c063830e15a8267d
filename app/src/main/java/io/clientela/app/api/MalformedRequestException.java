package io.clientela.app.api;

import io.clientela.core.ClientelaException;

/** The request body is not what the endpoint takes (not JSON, or not an object or array of objects); nothing was stored. */
final class MalformedRequestException extends ClientelaException {
    MalformedRequestException(String message) {
        super(message);
    }
}
