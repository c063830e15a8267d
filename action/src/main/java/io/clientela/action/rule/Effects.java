package io.clientela.action.rule;

import io.clientela.action.alert.Alert;
import io.clientela.action.alert.Alerts;
import io.clientela.action.alert.Dispatcher;
import io.clientela.action.alert.Recipient;
import io.clientela.action.alert.Routing;
import io.clientela.action.cases.Cases;
import io.clientela.store.Handle;
import io.clientela.store.rules.TagRows;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries out a firing's actions: alerts (routed, with one delivery per channel), cases and tags,
 * and returns the events they raise. In a dry run ({@code record} false) nothing is written and the
 * returned descriptions say what would have been done.
 */
final class Effects {
    private final TagRows tags;
    private final RuleSet set;
    private final Alerts alerts;
    private final Cases cases;
    private final Dispatcher dispatcher;

    Effects(Handle handle, RuleSet set, Dispatcher dispatcher) {
        this.tags = new TagRows(handle);
        this.set = set;
        this.alerts = new Alerts(handle);
        this.cases = new Cases(handle, set.sla());
        this.dispatcher = dispatcher;
    }

    /** A queued delivery, sent once the firing's writes are committed. */
    record Send(Alert alert, long deliveryId, String channel, String target) {
    }

    /** The outcome of one firing's actions. */
    record Done(List<String> described, Long alertId, Long caseId, List<Trigger> raised, List<Send> sends) {
    }

    Done run(Rule rule, Long firingId, String subject, Long customerId, Map<String, Object> customer, String productLine, Trigger source,
             Evaluator.Scope scope, LocalDateTime at, boolean record) {
        Routing.Routed routed = set.routing().route(customer, productLine);
        List<String> described = new ArrayList<>();
        List<Trigger> raised = new ArrayList<>();
        List<Send> sends = new ArrayList<>();
        Alert alert = null;
        Long caseId = null;
        String firstTitle = null;
        String sourceKind = source == null ? "schedule" : source.kind();
        String sourceId = source == null ? null : source.id();
        String sourceSystem = source == null ? null : source.source();
        java.time.Instant when = source == null ? at.toInstant(java.time.ZoneOffset.UTC) : source.occurredAt();
        for (Action a : rule.actions()) {
            if (a instanceof Action.Alert al) {
                Routing.Routed to = al.to() == null ? routed : new Routing.Routed(al.to(), "rule " + rule.id());
                String title = al.title().render(scope);
                String recommend = al.recommend() == null ? null : al.recommend().render(scope);
                firstTitle = firstTitle == null ? title : firstTitle;
                described.add("alert [" + al.priority() + "] '" + title + "' to " + to.to() + " (" + to.by() + ")"
                        + (al.channels().isEmpty() ? "" : " by " + String.join(", ", al.channels())));
                if (record) {
                    alert = alerts.create(rule.id(), firingId, subject, customerId, al.priority(), title, recommend, to, sourceKind, sourceSystem, sourceId, at,
                            !al.channels().isEmpty());
                    for (String channel : al.channels()) {
                        deliver(alert, channel, al, to.to(), at, sends);
                    }
                }
            } else if (a instanceof Action.OpenCase oc) {
                String title = oc.title() != null ? oc.title().render(scope) : firstTitle != null ? firstTitle
                        : rule.description() != null ? rule.description() : "Follow up: " + rule.id();
                String owner = Routing.UNROUTED.equals(routed.to()) ? null : routed.to();
                described.add("case [" + oc.priority() + "] '" + title + "'" + (owner == null ? "" : " owned by " + owner) + ", due in "
                        + set.sla().of(oc.priority()).toHours() + " h");
                if (record) {
                    caseId = cases.open(new Cases.NewCase(customerId, subject, title, oc.priority(), owner, rule.id(), alert == null ? null : alert.alertId(),
                            sourceKind, sourceSystem, sourceId), at);
                }
                raised.add(new Trigger("event", Action.CASE_OPENED, customerId, Map.of("rule_id", rule.id(), "priority", oc.priority()), when, null, false));
            } else if (a instanceof Action.Tag tag) {
                if (customerId == null) {
                    described.add("tag '" + tag.tag() + "' skipped: no customer");
                    continue;
                }
                boolean fresh = !tags.has(customerId, tag.tag());
                described.add("tag '" + tag.tag() + "'" + (fresh ? "" : " (already tagged)"));
                if (fresh) {
                    if (record) {
                        tags.insert(customerId, tag.tag(), at, rule.id());
                    }
                    raised.add(new Trigger("event", Action.CUSTOMER_TAGGED, customerId, Map.of("tag", tag.tag()), when, null, false));
                }
            }
        }
        if (record && alert != null && caseId != null) {
            alerts.linkCase(alert.alertId(), caseId);
            alert = alert.withCase(caseId);
            Alert linked = alert;
            sends.replaceAll(s -> new Send(linked, s.deliveryId(), s.channel(), s.target()));
        }
        return new Done(described, alert == null ? null : alert.alertId(), caseId, raised, sends);
    }

    /** Queues one delivery, or records at once why it cannot go out. */
    void deliver(Alert alert, String channel, Action.Alert al, String to, LocalDateTime at, List<Send> sends) {
        Recipient r = set.routing().recipient(to);
        String target = channel.equals("email") ? (r == null ? null : r.email()) : al != null && al.webhook() != null ? al.webhook() : r == null ? null : r.webhook();
        if (target == null) {
            alerts.addFailedDelivery(alert.alertId(), channel, to, "no " + (channel.equals("email") ? "e-mail address" : "webhook") + " for '" + to
                    + "'; add it under recipients: in " + set.source(), at);
        } else if (channel.equals("email") && set.delivery().smtp() == null && !set.delivery().outbox()) {
            alerts.addFailedDelivery(alert.alertId(), channel, target, "e-mail is not configured; set delivery: smtp: (or outbox: true) in " + set.source(), at);
        } else if (dispatcher == null || !dispatcher.supports(channel)) {
            alerts.addFailedDelivery(alert.alertId(), channel, target, "no dispatcher is running to deliver it", at);
        } else {
            sends.add(new Send(alert, alerts.addDelivery(alert.alertId(), channel, target, at), channel, target));
        }
    }

    Alerts alerts() {
        return alerts;
    }

    Cases cases() {
        return cases;
    }
}
