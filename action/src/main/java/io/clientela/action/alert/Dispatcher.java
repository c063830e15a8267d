package io.clientela.action.alert;

import io.clientela.store.Handle;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alert deliveries off the caller's thread, one worker thread with its own connection to the
 * workspace database. A failed attempt is recorded on the delivery (attempts, last error) and retried
 * after an exponential back-off; after the last attempt the delivery and its alert are marked failed.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private final Handle own;
    private final Alerts alerts;
    private final DeliverySettings settings;
    private final Map<String, Channel> channels;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final Object idle = new Object();
    private int inFlight;

    Dispatcher(Handle own, DeliverySettings settings, Map<String, Channel> channels, Clock clock) {
        this.own = own;
        this.alerts = new Alerts(own);
        this.settings = settings;
        this.channels = channels;
        this.clock = clock;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clientela-alert-delivery");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A dispatcher for the workspace behind {@code handle}, working on a connection of its own, with
     * e-mail when SMTP is configured and webhooks. Deliveries an earlier process left pending are
     * queued again at once.
     */
    public static Dispatcher start(Handle handle, DeliverySettings settings, Clock clock) {
        Handle own = handle.fork();
        Map<String, Channel> channels = settings.outbox()
                ? Map.of("webhook", new WebhookChannel(settings.timeout()), "email", new OutboxChannel(own, settings, clock))
                : settings.smtp() == null
                ? Map.of("webhook", new WebhookChannel(settings.timeout()))
                : Map.of("webhook", new WebhookChannel(settings.timeout()), "email", new EmailChannel(settings.smtp(), settings.timeout()));
        Dispatcher d = new Dispatcher(own, settings, channels, clock);
        d.resumePending();
        return d;
    }

    /** Queues again every delivery left pending in the store; returns how many. */
    int resumePending() {
        int n = 0;
        for (Alerts.Pending p : alerts.pending()) {
            if (!channels.containsKey(p.channel())) {
                continue;
            }
            int next = Math.min(settings.attempts(), p.attempts() + 1);
            synchronized (idle) {
                inFlight++;
            }
            worker.execute(() -> attempt(p.alert(), p.deliveryId(), p.channel(), p.target(), next));
            n++;
        }
        return n;
    }

    /** Whether a channel can be used (e-mail needs an SMTP server in the rule file). */
    public boolean supports(String channel) {
        return channels.containsKey(channel);
    }

    /** Queues a stored pending delivery; returns at once. */
    public void submit(Alert alert, long deliveryId, String channel, String target) {
        synchronized (idle) {
            inFlight++;
        }
        worker.execute(() -> attempt(alert, deliveryId, channel, target, 1));
    }

    private void attempt(Alert alert, long deliveryId, String channel, String target, int n) {
        String error = null;
        try {
            channels.get(channel).send(alert, target);
        } catch (Exception e) {
            error = DeliveryError.describe(e);
        } catch (LinkageError e) {
            LOG.error("cannot load the {} client", channel, e);
            error = "cannot load the " + channel + " client: this installation of Clientela is incomplete; reinstall it";
        }
        boolean last = error == null || n >= settings.attempts();
        try {
            alerts.attempted(alert.alertId(), deliveryId, n, error, last, LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            LOG.warn("cannot record attempt {} of delivery {} (alert {}): {}", n, deliveryId, alert.alertId(), e.getMessage(), e);
        }
        if (last) {
            done();
        } else {
            Duration wait = settings.backoffBefore(n + 1);
            worker.schedule(() -> attempt(alert, deliveryId, channel, target, n + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void done() {
        synchronized (idle) {
            inFlight--;
            idle.notifyAll();
        }
    }

    /** Waits until every queued delivery was delivered or finally failed; false on timeout. */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    idle.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        own.close();
    }
}
