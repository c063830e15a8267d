package io.clientela.action.alert;

import io.clientela.core.FaultException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * Sends alert deliveries off the caller's thread, one worker thread with its own connection to the
 * workspace database. A failed attempt is recorded on the delivery (attempts, last error) and retried
 * after an exponential back-off; after the last attempt the delivery and its alert are marked failed.
 */
public final class Dispatcher implements AutoCloseable {
    private final Connection own;
    private final Alerts alerts;
    private final DeliverySettings settings;
    private final Map<String, Channel> channels;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final Object idle = new Object();
    private int inFlight;

    Dispatcher(Connection own, DeliverySettings settings, Map<String, Channel> channels, Clock clock) {
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
     * A dispatcher for the workspace behind {@code connection}, with e-mail when SMTP is configured and
     * webhooks. Deliveries an earlier process left pending are queued again at once.
     */
    public static Dispatcher start(Connection connection, DeliverySettings settings, Clock clock) {
        Connection own;
        try {
            own = connection.unwrap(DuckDBConnection.class).duplicate();
        } catch (SQLException e) {
            throw new FaultException("cannot open a delivery connection to the workspace: " + e.getMessage(), e);
        }
        Map<String, Channel> channels = settings.smtp() == null
                ? Map.of("webhook", new WebhookChannel(settings.timeout()))
                : Map.of("webhook", new WebhookChannel(settings.timeout()), "email", new EmailChannel(settings.smtp(), settings.timeout()));
        Dispatcher d = new Dispatcher(own, settings, channels, clock);
        d.resumePending();
        return d;
    }

    /** Queues again every delivery left pending in the store; returns how many. */
    int resumePending() {
        int n = 0;
        for (Map<String, Object> r : alerts.pending()) {
            String channel = (String) r.get("channel");
            if (!channels.containsKey(channel)) {
                continue;
            }
            Alert alert = Alerts.alert(r);
            long id = ((Number) r.get("delivery_id")).longValue();
            int next = Math.min(settings.attempts(), ((Number) r.get("attempts")).intValue() + 1);
            synchronized (idle) {
                inFlight++;
            }
            worker.execute(() -> attempt(alert, id, channel, (String) r.get("target"), next));
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
            error = describe(e);
        } catch (LinkageError e) {
            error = "cannot load the " + channel + " client: " + e;
        }
        boolean last = error == null || n >= settings.attempts();
        try {
            alerts.attempted(alert.alertId(), deliveryId, n, error, last, LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            System.err.println("warning: cannot record delivery " + deliveryId + ": " + e.getMessage());
        }
        if (last) {
            done();
        } else {
            Duration wait = settings.backoffBefore(n + 1);
            worker.schedule(() -> attempt(alert, deliveryId, channel, target, n + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 300; t = t.getCause() == t ? null : t.getCause()) {
            if (b.length() > 0) {
                b.append(": ");
            }
            String m = t.getMessage();
            b.append(t.getClass().getSimpleName()).append(m == null ? "" : " " + m.lines().findFirst().orElse(""));
        }
        return b.toString();
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
        try {
            own.close();
        } catch (SQLException e) {
            // best effort
        }
    }
}
