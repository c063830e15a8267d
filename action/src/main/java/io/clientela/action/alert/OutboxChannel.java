package io.clientela.action.alert;

import io.clientela.store.Handle;
import io.clientela.store.alerts.OutboxRows;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The e-mail channel of a rule file with {@code delivery: outbox: true}: renders the alert mail as
 * {@link EmailChannel} would send it (sender, recipient, subject "[priority] title", plain-text body)
 * and stores it in the workspace's outbox instead of handing it to an SMTP server. For demos and
 * trials: the dashboard's outbox page shows what would have been sent.
 */
final class OutboxChannel implements Channel {
    /** The sender when the rule file names no SMTP sender. */
    static final String DEFAULT_FROM = "alerts@clientela.invalid";
    private final OutboxRows outbox;
    private final String from;
    private final Clock clock;

    /** {@code handle} is the dispatcher's own, used from its delivery thread only. */
    OutboxChannel(Handle handle, DeliverySettings settings, Clock clock) {
        this.outbox = new OutboxRows(handle);
        this.from = settings.smtp() == null ? DEFAULT_FROM : settings.smtp().from();
        this.clock = clock;
    }

    @Override
    public void send(Alert alert, String to) {
        outbox.store(alert.alertId(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), from, to, subject(alert), alert.text());
    }

    /** The subject line every e-mail channel writes. */
    static String subject(Alert alert) {
        return "[" + alert.priority() + "] " + alert.title();
    }
}
