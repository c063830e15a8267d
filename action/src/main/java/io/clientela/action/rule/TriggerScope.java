package io.clientela.action.rule;

import io.clientela.store.rules.RuleWindows;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Names and windows for a real-time rule: the incoming item, its customer's profile (loaded on first
 * use), windows ending when it happened (each computed once per item).
 */
final class TriggerScope implements Evaluator.Scope {
    private final RuleWindows store;
    private final Trigger t;
    private final java.util.function.Supplier<Map<String, Object>> customer;
    private final LocalDateTime now;
    private final Map<Functions.Window, Object> windows = new HashMap<>();

    /** {@code customer} is asked only when a condition reads customer.* (item-only conditions cost no query). */
    TriggerScope(RuleWindows store, Trigger t, java.util.function.Supplier<Map<String, Object>> customer) {
        this.store = store;
        this.t = t;
        this.customer = customer;
        this.now = LocalDateTime.ofInstant(t.occurredAt(), ZoneOffset.UTC);
    }

    @Override
    public Object path(Expr.Path p) {
        if (p.namespace().equals("customer")) {
            Map<String, Object> profile = customer.get();
            return profile == null ? null : profile.get(p.name());
        }
        return switch (p.name()) {
            case "kind" -> t.kind();
            case "type" -> t.type();
            case "id" -> t.id();
            case "customer_id" -> t.customerId();
            case "occurred_at" -> now.toString();
            default -> t.properties().get(p.name());
        };
    }

    @Override
    public Object window(Functions.Window w) {
        return windows.computeIfAbsent(w, this::compute);
    }

    private Object compute(Functions.Window w) {
        if (t.customerId() == null) {
            return w.function().equals("days_since") ? null : selfCount(w);
        }
        String subject = String.valueOf(t.customerId());
        Double v = store.values(w.query(now, false), subject).get(subject);
        if (w.function().equals("days_since")) {
            return !t.persisted() && matches(w) ? Double.valueOf(0) : v;
        }
        return (v == null ? 0 : v) + selfCount(w);
    }

    /** A dry run's item is not in the store yet: it counts in its own windows. */
    private double selfCount(Functions.Window w) {
        if (t.persisted() || !w.function().equals("count") || !matches(w) || !w.offset().isZero()) {
            return 0;
        }
        return 1;
    }

    private boolean matches(Functions.Window w) {
        boolean kind = w.kind() != null && (w.kind().equals(t.kind())
                || w.kind().equals("return") && ("returned".equalsIgnoreCase(t.type()) || "return".equalsIgnoreCase(t.type())));
        return kind && (w.type() == null || w.type().equalsIgnoreCase(t.type()));
    }

    /** Timestamps as the store writes them: UTC without zone. */
    static LocalDateTime utc(java.time.Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
