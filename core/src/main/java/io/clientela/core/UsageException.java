package io.clientela.core;

/** The command, its options, a request's parameters or a configuration file were used wrongly; nothing was changed. */
public class UsageException extends ClientelaException {

    public UsageException(String message) {
        super(Kind.USAGE, message, null);
    }
}
