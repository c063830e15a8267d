package io.clientela.core;

/** No credentials, or credentials that are unknown, malformed, expired or revoked. */
public class UnauthorizedException extends ClientelaException {

    public UnauthorizedException(String message) {
        super(Kind.UNAUTHORIZED, message, null);
    }

    public UnauthorizedException(String message, Throwable cause) {
        super(Kind.UNAUTHORIZED, message, cause);
    }
}
