package io.clientela.app.keys;

import io.clientela.core.ClientelaException;

/** No API key was given, or the key given is unknown, malformed or revoked. */
public final class InvalidApiKeyException extends ClientelaException {
    public InvalidApiKeyException(String message) {
        super(message);
    }
}
