package io.clientela.action.rule;

import io.clientela.action.alert.Dispatcher;
import io.clientela.store.Handle;
import io.clientela.store.rules.RuleRows;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Fires rules: records the firing and carries out its actions in one transaction (or as part of the
 * one already open, a scheduled run's page), and keeps the cooldowns and the counters. The
 * deliveries of a firing are returned, for the caller to hand to the dispatcher once the writes are
 * committed.
 */
final class Firings {
    private final Handle handle;
    private final RuleRows rows;
    private final Effects effects;
    private final Clock clock;
    private final Dispatcher dispatcher;

    Firings(Handle handle, RuleSet set, Clock clock, Dispatcher dispatcher) {
        this.handle = handle;
        this.rows = new RuleRows(handle);
        this.effects = new Effects(handle, set, dispatcher);
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    /** A firing, the events its actions raised and the deliveries to send once it is committed. */
    record Fired(Firing firing, List<Trigger> raised, List<Effects.Send> sends) {
    }

    /** Fires {@code rule} for a subject; with {@code record} false nothing is written, and the firing says what would have been done. */
    Fired fire(Rule rule, String subject, Long customerId, Map<String, Object> customer, String productLine, Trigger t, Evaluator.Scope scope,
               int depth, boolean record) {
        LocalDateTime at = now();
        String kind = t == null ? "schedule" : t.kind();
        String type = t == null ? null : t.type();
        String id = t == null ? null : t.id();
        Effects.Done d = !record ? effects.run(rule, null, subject, customerId, customer, productLine, t, scope, at, false) : handle.inTransaction(() -> {
            long firingId = rows.insertFiring(new RuleRows.NewFiring(rule.id(), subject, customerId, kind, type, id, at, depth));
            return effects.run(rule, firingId, subject, customerId, customer, productLine, t, scope, at, true);
        });
        return new Fired(new Firing(rule.id(), subject, kind, type, id, depth, d.described(), d.alertId(), d.caseId()), d.raised(), d.sends());
    }

    /** Hands committed deliveries to the dispatcher. */
    void send(List<Effects.Send> sends) {
        sends.forEach(s -> dispatcher.submit(s.alert(), s.deliveryId(), s.channel(), s.target()));
    }

    /** Whether the rule fired for the subject within its cooldown. */
    boolean coolingDown(Rule rule, String subject) {
        return rule.cooldown() != null && rows.firedSince(rule.id(), subject, now().minus(rule.cooldown()));
    }

    void count(String ruleId, RuleRows.Counter counter) {
        rows.count(ruleId, counter);
    }

    RuleRows rows() {
        return rows;
    }

    Effects effects() {
        return effects;
    }

    Handle handle() {
        return handle;
    }

    /** Now as the store writes timestamps: UTC without zone. */
    LocalDateTime now() {
        return TriggerScope.utc(clock.instant());
    }
}
