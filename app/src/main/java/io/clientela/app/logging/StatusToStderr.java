package io.clientela.app.logging;

import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Logback's own trouble (a log file that cannot be written, a mistake in {@code logback.xml}) as one
 * line on stderr, warnings and errors only. Without a listener Logback would print its status to
 * stdout, which belongs to the command's results and {@code --json}.
 */
public final class StatusToStderr extends ContextAwareBase implements StatusListener {
    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.WARN) {
            Throwable t = status.getThrowable();
            // the logging itself is what failed, so stderr is the one place left to say so
            System.err.println("logging: " + status.getMessage() + (t == null ? "" : " (" + Mask.text(t.getMessage()) + ")"));
        }
    }
}
