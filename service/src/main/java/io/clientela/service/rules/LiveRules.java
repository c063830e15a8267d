package io.clientela.service.rules;

import io.clientela.action.alert.Dispatcher;
import io.clientela.action.rule.EarlyWarningSchedule;
import io.clientela.action.rule.Evaluation;
import io.clientela.action.rule.RuleEngine;
import io.clientela.action.rule.RuleSet;
import io.clientela.action.rule.Trigger;
import io.clientela.core.FaultException;
import io.clientela.core.UnavailableException;
import io.clientela.ingest.collect.CollectedItem;
import io.clientela.ingest.collect.CollectedItems;
import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule file at work on a running server: every batch the collector stores is evaluated against
 * the rules on a thread of its own (the collector's writer is not held up), and the scheduled
 * rules (early warnings, escalations) run every minute. Each engine has its own handle, as a
 * rule engine is used from one thread only; alerts go out through one dispatcher.
 */
public final class LiveRules implements CollectedItems, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);
    private final Workspace workspace;
    private final Clock clock;
    private final Handle liveHandle;
    private final Handle scheduleHandle;
    private final ExecutorService worker;
    // replaced together by switchTo, on the worker thread (the only one using the live engine)
    private volatile RuleSet rules;
    private volatile Dispatcher dispatcher;
    private volatile RuleEngine live;
    private volatile EarlyWarningSchedule schedule;

    private LiveRules(Workspace workspace, Clock clock, RuleSet rules) {
        this.workspace = workspace;
        this.clock = clock;
        this.rules = rules;
        this.dispatcher = dispatcher(rules);
        this.liveHandle = Handle.open(workspace);
        this.scheduleHandle = Handle.open(workspace);
        this.live = new RuleEngine(liveHandle, rules, clock, dispatcher);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "clientela-rules");
            t.setDaemon(true);
            return t;
        });
        this.schedule = schedule(rules);
    }

    private EarlyWarningSchedule schedule(RuleSet set) {
        return EarlyWarningSchedule.start(new RuleEngine(scheduleHandle, set, clock, dispatcher), Duration.ofMinutes(1),
                e -> report("scheduled rules", e), e -> LOG.error("scheduled rules: {}", e.getMessage(), e));
    }

    private Dispatcher dispatcher(RuleSet set) {
        return Dispatcher.start(Handle.on(workspace.connection()), set.delivery(), clock);
    }

    /** Starts evaluating the rules of the file; close it to stop. */
    public static LiveRules start(Workspace workspace, Clock clock, RuleSet rules) {
        return new LiveRules(workspace, clock, rules);
    }

    /**
     * Puts another rule set in force without a restart: batches handed over before are evaluated
     * with the old rules, later ones with the new; the schedule restarts with the new rules, and a
     * new dispatcher starts when the delivery settings changed (the old one finishes first).
     * Returns once the switch is done.
     */
    public void switchTo(RuleSet next) {
        java.util.concurrent.Future<?> done = worker.submit(() -> {
            schedule.close();
            Dispatcher old = dispatcher;
            if (!next.delivery().equals(rules.delivery())) {
                dispatcher = dispatcher(next);
                old.awaitIdle(Duration.ofSeconds(10));
                old.close();
            }
            rules = next;
            live = new RuleEngine(liveHandle, next, clock, dispatcher);
            schedule = schedule(next);
        });
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while switching to the new rules; they are saved and take effect on restart", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new FaultException("cannot switch to the new rules (" + e.getMessage() + "); they are saved and take effect on restart", e);
        }
    }

    @Override
    public void collected(List<CollectedItem> items) {
        List<Trigger> triggers = new ArrayList<>(items.size());
        for (CollectedItem item : items) {
            triggers.add(trigger(item));
        }
        worker.execute(() -> {
            try {
                report("rules", live.evaluate(triggers));
            } catch (RuntimeException e) {
                LOG.error("rules on {} collected items: {}", triggers.size(), e.getMessage(), e);
            }
        });
    }

    /** The rules' view of a stored item: its kind, type, customer, fields (an event's properties among them) and time. */
    static Trigger trigger(CollectedItem item) {
        String kind = switch (item.kind()) {
            case EVENTS -> "event";
            case FEEDBACK -> "feedback";
            case ORDERS -> "order";
        };
        Map<String, Object> properties = new LinkedHashMap<>(item.fields());
        if (item.fields().get("properties") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> properties.putIfAbsent(String.valueOf(k), v));
        }
        properties.values().removeIf(v -> v == null);
        return Trigger.stored(kind, item.type(), item.customerId(), properties, item.occurredAt().toInstant(ZoneOffset.UTC), item.id(), item.source());
    }

    private void report(String what, Evaluation e) {
        if (!e.fired().isEmpty()) {
            LOG.info("{}: {} rule firings", what, e.fired().size());
        }
    }

    /** Waits for the batches handed over so far, then stops the schedule and the deliveries. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        schedule.close();
        dispatcher.close();
        liveHandle.close();
        scheduleHandle.close();
    }
}
