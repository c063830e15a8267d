package io.clientela.action.rule;

import io.clientela.action.alert.Dispatcher;
import io.clientela.store.Handle;
import io.clientela.store.rules.RuleRows;
import io.clientela.store.rules.RuleWindows;
import io.clientela.store.rules.SubjectRows;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Evaluates rules: {@link #evaluate} on a batch of incoming items, {@link #runScheduled} for early
 * warnings and case escalation, {@link #dryRun} to see what would happen without writing anything.
 *
 * <p>Loop guard: the events raised by actions (case_opened, customer_tagged) are evaluated in turn,
 * carrying the chain of rules that led to them; a rule never fires on an event its own firing
 * caused, and no chain goes deeper than {@value #MAX_DEPTH}. Every stop is counted per rule and
 * reported. Each firing's writes are one transaction; deliveries are handed to the dispatcher after it
 * commits. Uses its handle from the calling thread only.
 */
public final class RuleEngine {
    static final int MAX_DEPTH = 4;
    private final RuleSet set;
    private final SubjectRows subjects;
    private final RuleWindows windows;
    private final Firings firings;
    private final ScheduledRules scheduled;
    /** Customers a scheduled rule holds in memory at a time. */
    private int pageSize = 10_000;

    /** {@code dispatcher} may be null: alerts are then stored with their deliveries marked failed. */
    public RuleEngine(Handle handle, RuleSet rules, java.time.Clock clock, Dispatcher dispatcher) {
        this.set = rules;
        this.subjects = new SubjectRows(handle);
        this.windows = new RuleWindows(handle);
        this.firings = new Firings(handle, rules, clock, dispatcher);
        this.scheduled = new ScheduledRules(rules, subjects, windows, firings);
    }

    public Evaluation evaluate(List<Trigger> batch) {
        return run(batch, true);
    }

    /** Evaluates without writing or sending anything; the firings say what would have been done. */
    public Evaluation dryRun(List<Trigger> batch) {
        return run(batch, false);
    }

    /**
     * Runs the scheduled rules that are due (all of them with {@code force}) over every customer or
     * product as of now, then escalates overdue cases with an alert to the fallback queue.
     */
    public Evaluation runScheduled(boolean force) {
        return scheduled.run(force, pageSize);
    }

    /** This engine, holding {@code customers} profiles at a time in a scheduled run. */
    RuleEngine pageSize(int customers) {
        this.pageSize = customers;
        return this;
    }

    private record Pending(Trigger trigger, List<String> chain) {
    }

    private Evaluation run(List<Trigger> batch, boolean record) {
        subjects.refresh();
        Deque<Pending> queue = new ArrayDeque<>();
        batch.forEach(t -> queue.add(new Pending(t, List.of())));
        List<Firing> fired = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        int cooled = 0;
        int evaluated = 0;
        int raised = 0;
        Map<Long, Map<String, Object>> profiles = new HashMap<>();
        List<Long> wanted = batch.stream().filter(t -> t.customerId() != null && set.rules().stream().anyMatch(r -> r.on().contains(t.kind())))
                .map(Trigger::customerId).toList();
        if (wanted.size() > 1) {
            profiles.putAll(subjects.customers(wanted));
        }
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            Trigger t = p.trigger();
            if (p.chain().isEmpty()) {
                evaluated++;
            } else {
                raised++;
            }
            Supplier<Map<String, Object>> customer = profile(t.customerId(), profiles);
            for (Rule rule : set.rules()) {
                if (!rule.on().contains(t.kind())) {
                    continue;
                }
                TriggerScope scope = new TriggerScope(windows, t, customer);
                if (!Evaluator.test(rule.condition(), scope)) {
                    continue;
                }
                if (p.chain().contains(rule.id()) || p.chain().size() >= MAX_DEPTH) {
                    stops.add("rule " + rule.id() + " on " + t.type() + " raised by " + String.join(" -> ", p.chain())
                            + (p.chain().contains(rule.id()) ? " (its own chain)" : " (deeper than " + MAX_DEPTH + ")"));
                    if (record) {
                        firings.count(rule.id(), RuleRows.Counter.LOOP_STOPPED);
                    }
                    continue;
                }
                // an anonymous item is its own subject: anonymous visitors do not share a cooldown
                String subject = t.customerId() != null ? String.valueOf(t.customerId()) : t.id() != null ? "anonymous " + t.id() : "anonymous";
                if (firings.coolingDown(rule, subject)) {
                    cooled++;
                    if (record) {
                        firings.count(rule.id(), RuleRows.Counter.COOLED_DOWN);
                    }
                    continue;
                }
                Object product = t.properties().get("product_id");
                Object line = t.properties().containsKey("product_line") ? t.properties().get("product_line") : t.properties().get("category");
                String productLine = line != null ? line.toString() : product == null ? null : subjects.productLine(product.toString());
                Firings.Fired f = firings.fire(rule, subject, t.customerId(), customer.get(), productLine, t, scope, p.chain().size(), record);
                firings.send(f.sends());
                fired.add(f.firing());
                List<String> chain = new ArrayList<>(p.chain());
                chain.add(rule.id());
                f.raised().forEach(r -> queue.add(new Pending(r, List.copyOf(chain))));
            }
        }
        return new Evaluation(evaluated, raised, fired, cooled, stops);
    }

    /** The customer's profile, read at most once per batch and only when a condition or a firing needs it. */
    private Supplier<Map<String, Object>> profile(Long customerId, Map<Long, Map<String, Object>> cache) {
        if (customerId == null) {
            return () -> null;
        }
        return () -> cache.computeIfAbsent(customerId, id -> {
            Map<String, Object> p = subjects.customer(id);
            return p == null ? Map.of() : p;
        });
    }

    /** How often each rule of the set fired, cooled down and was stopped by the loop guard, as rows for an answer. */
    public List<Map<String, Object>> stats() {
        Map<String, RuleRows.RuleStats> all = firings.rows().stats();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Rule r : set.rules()) {
            RuleRows.RuleStats s = all.getOrDefault(r.id(), new RuleRows.RuleStats(r.id(), 0, 0, 0, null, null));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule_id", r.id());
            row.put("mode", r.scheduled() ? "schedule " + r.schedule() : "on " + String.join(",", r.on().stream().sorted().toList()));
            row.put("fired", s.fired());
            row.put("cooled_down", s.cooledDown());
            row.put("loop_stopped", s.loopStopped());
            row.put("last_fired_at", s.lastFiredAt());
            row.put("last_run_at", s.lastRunAt());
            out.add(row);
        }
        return out;
    }
}
