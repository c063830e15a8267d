package io.clientela.action.rule;

import io.clientela.store.rules.RuleWindows;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Names and windows for a scheduled rule over every customer or product: each window is computed
 * once for all subjects (one grouped query) and looked up per subject.
 */
final class SubjectScope implements Evaluator.Scope {
    private final RuleWindows store;
    private final boolean products;
    private final LocalDateTime now;
    private final Map<Functions.Window, Map<String, Double>> windows = new HashMap<>();
    private String subject;
    private Map<String, Object> profile;

    SubjectScope(RuleWindows store, boolean products, LocalDateTime now) {
        this.store = store;
        this.products = products;
        this.now = now;
    }

    SubjectScope at(String subject, Map<String, Object> profile) {
        this.subject = subject;
        this.profile = profile;
        return this;
    }

    @Override
    public Object path(Expr.Path p) {
        return profile.get(p.name());
    }

    @Override
    public Object window(Functions.Window w) {
        Double v = windows.computeIfAbsent(w, k -> store.values(k.query(now, products), null)).get(subject);
        return v == null && !w.function().equals("days_since") ? Double.valueOf(0) : v;
    }
}
