package io.clientela.service.access;

import io.clientela.core.UnauthorizedException;

/** No API key was given, or the key given is unknown, malformed or revoked. */
public final class InvalidApiKeyException extends UnauthorizedException {
    public InvalidApiKeyException(String message) {
        super(message);
    }
}
