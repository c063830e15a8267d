package io.clientela.action.rule;

import io.clientela.action.alert.Alert;
import io.clientela.action.alert.Recipient;
import io.clientela.action.alert.Route;
import io.clientela.action.alert.Routing;
import io.clientela.store.cases.CaseRows;
import io.clientela.store.rules.RuleRows;
import io.clientela.store.rules.RuleWindows;
import io.clientela.store.rules.SubjectRows;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A scheduled run: every scheduled rule that is due, over every customer (a page at a time, one
 * transaction per page: a run that fires for thousands waits for thousands fewer commits) or every
 * product, then the escalation of overdue cases with an alert to the fallback queue. Deliveries go
 * out once their transaction is committed.
 */
final class ScheduledRules {
    private final RuleSet set;
    private final SubjectRows subjects;
    private final RuleWindows windows;
    private final Firings firings;

    ScheduledRules(RuleSet set, SubjectRows subjects, RuleWindows windows, Firings firings) {
        this.set = set;
        this.subjects = subjects;
        this.windows = windows;
        this.firings = firings;
    }

    Evaluation run(boolean force, int pageSize) {
        subjects.refresh();
        LocalDateTime now = firings.now();
        List<Firing> fired = new ArrayList<>();
        int cooled = 0;
        int evaluated = 0;
        for (Rule rule : set.rules()) {
            if (!rule.scheduled() || !force && !due(rule, now)) {
                continue;
            }
            boolean products = rule.schedule().equals("products");
            SubjectScope scope = new SubjectScope(windows, products, now);
            long after = Long.MIN_VALUE;
            for (Map<String, Map<String, Object>> page = products ? subjects.allProducts() : subjects.customersAfter(after, pageSize); !page.isEmpty();
                    page = products ? Map.of() : subjects.customersAfter(after, pageSize)) {
                Map<String, Map<String, Object>> ofPage = page;
                List<Effects.Send> sends = new ArrayList<>();
                cooled += firings.handle().inTransaction(() -> {
                    int held = 0;
                    for (Map.Entry<String, Map<String, Object>> e : ofPage.entrySet()) {
                        scope.at(e.getKey(), e.getValue());
                        if (!Evaluator.test(rule.condition(), scope)) {
                            continue;
                        }
                        if (firings.coolingDown(rule, e.getKey())) {
                            held++;
                            firings.count(rule.id(), RuleRows.Counter.COOLED_DOWN);
                            continue;
                        }
                        Long customerId = products ? null : Long.valueOf(e.getKey());
                        String productLine = products ? (String) e.getValue().get("category") : null;
                        Firings.Fired f = firings.fire(rule, e.getKey(), customerId, products ? null : e.getValue(), productLine, null, scope, 0, true);
                        fired.add(f.firing());
                        sends.addAll(f.sends());
                    }
                    return held;
                });
                firings.send(sends);
                evaluated += page.size();
                if (!products) {
                    after = Long.parseLong(lastKey(page));
                }
            }
            firings.rows().ran(rule.id(), now);
        }
        fired.addAll(escalate(now));
        return new Evaluation(evaluated, 0, fired, cooled, List.of());
    }

    private List<Firing> escalate(LocalDateTime now) {
        List<Firing> out = new ArrayList<>();
        String queue = set.routing().routes().stream().filter(r -> r instanceof Route.Fallback).map(r -> ((Route.Fallback) r).queue())
                .findFirst().orElse(null);
        Effects effects = firings.effects();
        for (CaseRows.Escalated k : effects.cases().escalateOverdue(now)) {
            long caseId = k.caseId();
            Routing.Routed to = queue != null ? new Routing.Routed(queue, "escalation")
                    : new Routing.Routed(k.owner() == null ? Routing.UNROUTED : k.owner(), "escalation to the owner (no fallback queue)");
            String title = "Case " + caseId + " is overdue (escalation " + k.level() + "): " + k.title();
            Recipient recipient = set.routing().recipient(to.to());
            List<String> channels = recipient == null ? List.of() : Stream.of(recipient.email() == null ? null : "email",
                    recipient.webhook() == null ? null : "webhook").filter(Objects::nonNull).toList();
            List<Effects.Send> sends = new ArrayList<>();
            Alert alert = firings.handle().inTransaction(() -> {
                Alert a = effects.alerts().create("escalation", null, k.customerId() == null ? "case " + caseId : String.valueOf(k.customerId()),
                        k.customerId(), k.priority(), title, "Contact the customer now or reassign the case (owner: " + k.owner() + ")", to, "case", null,
                        String.valueOf(caseId), now, !channels.isEmpty());
                effects.alerts().linkCase(a.alertId(), caseId);
                a = a.withCase(caseId);
                for (String channel : channels) {
                    effects.deliver(a, channel, null, to.to(), now, sends);
                }
                return a;
            });
            firings.send(sends);
            out.add(new Firing("escalation", String.valueOf(caseId), "schedule", "case_overdue", String.valueOf(caseId), 0,
                    List.of("alert '" + title + "' to " + to.to()), alert.alertId(), caseId));
        }
        return out;
    }

    private boolean due(Rule rule, LocalDateTime now) {
        // a run recorded after now (a back-test as of a later day) does not hold today's run back
        return firings.rows().lastRun(rule.id()).map(l -> !l.plus(rule.every()).isAfter(now) || l.isAfter(now)).orElse(true);
    }

    private static String lastKey(Map<String, ?> page) {
        String last = null;
        for (String k : page.keySet()) {
            last = k;
        }
        return last;
    }
}
