package io.clientela.action.rule;

import io.clientela.core.UsageException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@link RuleEngine#runScheduled} every {@code tick} on its own thread; each rule's
 * {@code every} decides whether it is due, against the engine's clock. Give it an engine over a
 * handle no other thread uses (for example {@code Handle.open(workspace)}). Failures are passed to
 * {@code onError} and the schedule goes on.
 */
public final class EarlyWarningSchedule implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private EarlyWarningSchedule(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static EarlyWarningSchedule start(RuleEngine engine, Duration tick, Consumer<Evaluation> onRun, Consumer<RuntimeException> onError) {
        if (tick.isZero() || tick.isNegative()) {
            throw new UsageException("the early-warning schedule needs a positive tick, found " + tick.toMillis() + " ms");
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clientela-early-warnings");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                onRun.accept(engine.runScheduled(false));
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        }, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        return new EarlyWarningSchedule(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
