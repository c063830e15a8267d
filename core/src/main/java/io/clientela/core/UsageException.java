package io.clientela.core;

/** The command, its options or a configuration file were used wrongly; nothing was changed. */
public class UsageException extends ClientelaException {

    public UsageException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
