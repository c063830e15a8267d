package io.clientela.action.rule;

import io.clientela.action.alert.Alert;
import io.clientela.action.alert.Dispatcher;
import io.clientela.action.alert.Route;
import io.clientela.action.alert.Routing;
import io.clientela.store.Db;
import io.clientela.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * commits. Uses its connection from the calling thread only.
 */
public final class RuleEngine {
    static final int MAX_DEPTH = 4;
    private final Connection c;
    private final RuleSet set;
    private final Clock clock;
    private final Dispatcher dispatcher;
    private final Subjects subjects;
    private final Effects effects;

    /** {@code dispatcher} may be null: alerts are then stored with their deliveries marked failed. */
    public RuleEngine(Connection connection, RuleSet rules, Clock clock, Dispatcher dispatcher) {
        this.c = connection;
        this.set = rules;
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.subjects = new Subjects(connection);
        this.effects = new Effects(connection, rules, dispatcher);
    }

    public Evaluation evaluate(List<Trigger> batch) {
        return run(batch, true);
    }

    /** Evaluates without writing or sending anything; the firings say what would have been done. */
    public Evaluation dryRun(List<Trigger> batch) {
        return run(batch, false);
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
        Map<Long, Map<String, Object>> profiles = new java.util.HashMap<>();
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
                TriggerScope scope = new TriggerScope(c, t, customer);
                if (!Evaluator.test(rule.condition(), scope)) {
                    continue;
                }
                if (p.chain().contains(rule.id()) || p.chain().size() >= MAX_DEPTH) {
                    stops.add("rule " + rule.id() + " on " + t.type() + " raised by " + String.join(" -> ", p.chain())
                            + (p.chain().contains(rule.id()) ? " (its own chain)" : " (deeper than " + MAX_DEPTH + ")"));
                    if (record) {
                        stat(rule.id(), "loop_stopped");
                    }
                    continue;
                }
                // an anonymous item is its own subject: anonymous visitors do not share a cooldown
                String subject = t.customerId() != null ? String.valueOf(t.customerId()) : t.id() != null ? "anonymous " + t.id() : "anonymous";
                if (coolingDown(rule, subject)) {
                    cooled++;
                    if (record) {
                        stat(rule.id(), "cooled_down");
                    }
                    continue;
                }
                Object product = t.properties().get("product_id");
                Object line = t.properties().containsKey("product_line") ? t.properties().get("product_line") : t.properties().get("category");
                String productLine = line != null ? line.toString() : product == null ? null : subjects.productLine(product.toString());
                Fired f = fire(rule, subject, t.customerId(), customer.get(), productLine, t, scope, p.chain().size(), record);
                fired.add(f.firing());
                List<String> chain = new ArrayList<>(p.chain());
                chain.add(rule.id());
                f.raised().forEach(r -> queue.add(new Pending(r, List.copyOf(chain))));
            }
        }
        return new Evaluation(evaluated, raised, fired, cooled, stops);
    }

    private record Fired(Firing firing, List<Trigger> raised) {
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

    private Fired fire(Rule rule, String subject, Long customerId, Map<String, Object> customer, String productLine, Trigger t,
                       Evaluator.Scope scope, int depth, boolean record) {
        LocalDateTime at = now();
        if (!record) {
            Effects.Done d = effects.run(rule, null, subject, customerId, customer, productLine, t, scope, at, false);
            return new Fired(new Firing(rule.id(), subject, t == null ? "schedule" : t.kind(), t == null ? null : t.type(), t == null ? null : t.id(),
                    depth, d.described(), null, null), d.raised());
        }
        Effects.Done d = transaction(() -> {
            long firingId = ((Number) Db.queryValue(c, "INSERT INTO rule_firings VALUES (nextval('firing_seq'), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING firing_id",
                    rule.id(), subject, customerId, t == null ? "schedule" : t.kind(), t == null ? null : t.type(), t == null ? null : t.id(), at, depth)).longValue();
            return effects.run(rule, firingId, subject, customerId, customer, productLine, t, scope, at, true);
        });
        if (deferred != null) {
            deferred.addAll(d.sends());
        } else {
            d.sends().forEach(s -> dispatcher.submit(s.alert(), s.deliveryId(), s.channel(), s.target()));
        }
        return new Fired(new Firing(rule.id(), subject, t == null ? "schedule" : t.kind(), t == null ? null : t.type(), t == null ? null : t.id(),
                depth, d.described(), d.alertId(), d.caseId()), d.raised());
    }

    /** Customers a scheduled rule holds in memory at a time. */
    private int pageSize = 10_000;
    /** While a scheduled run's page is written: the deliveries to send once it is committed. */
    private List<Effects.Send> deferred;

    /** This engine, holding {@code customers} profiles at a time in a scheduled run. */
    RuleEngine pageSize(int customers) {
        this.pageSize = customers;
        return this;
    }

    /**
     * Runs the scheduled rules that are due (all of them with {@code force}) over every customer or
     * product as of now, then escalates overdue cases with an alert to the fallback queue.
     */
    public Evaluation runScheduled(boolean force) {
        subjects.refresh();
        LocalDateTime now = now();
        List<Firing> fired = new ArrayList<>();
        int cooled = 0;
        int evaluated = 0;
        for (Rule rule : set.rules()) {
            if (!rule.scheduled() || !force && !due(rule, now)) {
                continue;
            }
            boolean products = rule.schedule().equals("products");
            SubjectScope scope = new SubjectScope(c, products, now);
            long after = Long.MIN_VALUE;
            for (Map<String, Map<String, Object>> page = products ? subjects.allProducts() : subjects.customersAfter(after, pageSize); !page.isEmpty();
                    page = products ? Map.of() : subjects.customersAfter(after, pageSize)) {
                // one transaction per page, not per firing: a run that fires for thousands waits for thousands fewer commits;
                // the deliveries go out once the page is committed
                Map<String, Map<String, Object>> subjectsOfPage = page;
                List<Effects.Send> sends = new ArrayList<>();
                deferred = sends;
                int[] counts;
                try {
                    counts = transaction(() -> {
                        int seen = 0;
                        int held = 0;
                        for (Map.Entry<String, Map<String, Object>> e : subjectsOfPage.entrySet()) {
                            seen++;
                            scope.at(e.getKey(), e.getValue());
                            if (!Evaluator.test(rule.condition(), scope)) {
                                continue;
                            }
                            if (coolingDown(rule, e.getKey())) {
                                held++;
                                stat(rule.id(), "cooled_down");
                                continue;
                            }
                            Long customerId = products ? null : Long.valueOf(e.getKey());
                            String productLine = products ? (String) e.getValue().get("category") : null;
                            fired.add(fire(rule, e.getKey(), customerId, products ? null : e.getValue(), productLine, null, scope, 0, true).firing());
                        }
                        return new int[] {seen, held};
                    });
                } finally {
                    deferred = null;
                }
                sends.forEach(x -> dispatcher.submit(x.alert(), x.deliveryId(), x.channel(), x.target()));
                evaluated += counts[0];
                cooled += counts[1];
                if (!products) {
                    after = Long.parseLong(lastKey(page));
                }
            }
            Db.update(c, "INSERT INTO rule_stats VALUES (?, 0, 0, ?) ON CONFLICT (rule_id) DO UPDATE SET last_run_at = excluded.last_run_at",
                    rule.id(), now);
        }
        fired.addAll(escalate(now));
        return new Evaluation(evaluated, 0, fired, cooled, List.of());
    }

    private List<Firing> escalate(LocalDateTime now) {
        List<Firing> out = new ArrayList<>();
        String queue = set.routing().routes().stream().filter(r -> r instanceof Route.Fallback).map(r -> ((Route.Fallback) r).queue())
                .findFirst().orElse(null);
        for (Map<String, Object> k : effects.cases().escalateOverdue(now)) {
            long caseId = ((Number) k.get("case_id")).longValue();
            Long customerId = k.get("customer_id") == null ? null : ((Number) k.get("customer_id")).longValue();
            Routing.Routed to = queue != null ? new Routing.Routed(queue, "escalation") : new Routing.Routed(
                    k.get("owner") == null ? Routing.UNROUTED : (String) k.get("owner"), "escalation to the owner (no fallback queue)");
            String title = "Case " + caseId + " is overdue (escalation " + k.get("level") + "): " + k.get("title");
            List<Effects.Send> sends = new ArrayList<>();
            var recipient = set.routing().recipient(to.to());
            List<String> channels = recipient == null ? List.of() : java.util.stream.Stream.of(recipient.email() == null ? null : "email",
                    recipient.webhook() == null ? null : "webhook").filter(java.util.Objects::nonNull).toList();
            Alert alert = transaction(() -> {
                Alert a = effects.alerts().create("escalation", null, customerId == null ? "case " + caseId : String.valueOf(customerId), customerId,
                        (String) k.get("priority"), title, "Contact the customer now or reassign the case (owner: " + k.get("owner") + ")", to, "case",
                        String.valueOf(caseId), now, !channels.isEmpty());
                effects.alerts().linkCase(a.alertId(), caseId);
                a = a.withCase(caseId);
                for (String channel : channels) {
                    effects.deliver(a, channel, null, to.to(), now, sends);
                }
                return a;
            });
            sends.forEach(s -> dispatcher.submit(s.alert(), s.deliveryId(), s.channel(), s.target()));
            out.add(new Firing("escalation", String.valueOf(caseId), "schedule", "case_overdue", String.valueOf(caseId), 0,
                    List.of("alert '" + title + "' to " + to.to()), alert.alertId(), caseId));
        }
        return out;
    }

    private boolean due(Rule rule, LocalDateTime now) {
        Object last = Db.queryValue(c, "SELECT last_run_at FROM rule_stats WHERE rule_id = ?", rule.id());
        // a run recorded after now (a back-test as of a later day) does not hold today's run back
        return !(last instanceof LocalDateTime l) || !l.plus(rule.every()).isAfter(now) || l.isAfter(now);
    }

    private boolean coolingDown(Rule rule, String subject) {
        if (rule.cooldown() == null) {
            return false;
        }
        return Db.queryLong(c, "SELECT count(*) FROM rule_firings WHERE rule_id = ? AND subject = ? AND fired_at > ?", rule.id(), subject,
                now().minus(rule.cooldown())) > 0;
    }

    private void stat(String ruleId, String column) {
        Db.update(c, "INSERT INTO rule_stats VALUES (?, ?, ?, NULL) ON CONFLICT (rule_id) DO UPDATE SET " + column + " = rule_stats." + column + " + 1",
                ruleId, column.equals("cooled_down") ? 1 : 0, column.equals("loop_stopped") ? 1 : 0);
    }

    /** How often each rule of the set fired, cooled down and was stopped by the loop guard. */
    public List<Map<String, Object>> stats() {
        Map<String, Map<String, Object>> fired = new java.util.HashMap<>();
        Db.query(c, "SELECT rule_id, count(*) AS fired, max(fired_at) AS last_fired_at FROM rule_firings GROUP BY rule_id")
                .forEach(r -> fired.put((String) r.get("rule_id"), r));
        Map<String, Map<String, Object>> held = new java.util.HashMap<>();
        Db.query(c, "SELECT * FROM rule_stats").forEach(r -> held.put((String) r.get("rule_id"), r));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Rule r : set.rules()) {
            Map<String, Object> f = fired.getOrDefault(r.id(), Map.of());
            Map<String, Object> h = held.getOrDefault(r.id(), Map.of());
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("rule_id", r.id());
            row.put("mode", r.scheduled() ? "schedule " + r.schedule() : "on " + String.join(",", r.on().stream().sorted().toList()));
            row.put("fired", f.getOrDefault("fired", 0L));
            row.put("cooled_down", h.getOrDefault("cooled_down", 0L));
            row.put("loop_stopped", h.getOrDefault("loop_stopped", 0L));
            row.put("last_fired_at", f.get("last_fired_at"));
            row.put("last_run_at", h.get("last_run_at"));
            out.add(row);
        }
        return out;
    }

    private LocalDateTime now() {
        return TriggerScope.utc(clock.instant());
    }

    private interface Work<T> {
        T run();
    }

    private static String lastKey(Map<String, ?> page) {
        String last = null;
        for (String k : page.keySet()) {
            last = k;
        }
        return last;
    }

    /** Runs {@code work} in a transaction of its own, or as part of the one already open (a scheduled run's page). */
    private <T> T transaction(Work<T> work) {
        try {
            if (!c.getAutoCommit()) {
                return work.run();
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("rule firing", e);
        }
    }
}
