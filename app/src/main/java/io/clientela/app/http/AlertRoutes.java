package io.clientela.app.http;

import io.clientela.action.alert.Alerts;
import io.clientela.action.cases.Sla;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Alerts (with their deliveries, failures included) and the feedback customers gave. An agent sees only their own (see {@link Scope}). */
final class AlertRoutes {
    static final Set<String> ALERT_STATUS = Set.of("new", "delivering", "delivered", "failed");

    private AlertRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/alerts", Role.PERSONAL_DATA, "Alerts raised by the rules; filter by status, priority, rule and "
                + "recipient (comma-separated); an agent sees those routed to them", List.of("status", "priority", "rule_id", "routed_to", "customer_id"),
                true, true, AlertRoutes::list);
        api.get("/api/v1/alerts/{id}", Role.PERSONAL_DATA, "One alert with every delivery: channel, target, status, attempts and the last error",
                List.of(), false, true, call -> {
                    long id = Params.id(call.ctx(), "id");
                    Map<String, Object> alert;
                    try {
                        alert = new Alerts(call.c()).show(id);
                    } catch (NotFoundException e) {
                        throw new NotFoundException("no alert " + id);
                    }
                    if (Scope.limited(call) && !Scope.user(call).equals(alert.get("routed_to"))) {
                        throw new NotFoundException("no alert " + id);
                    }
                    call.ctx().json(alert);
                });
        api.get("/api/v1/feedback", Role.PERSONAL_DATA, "Feedback (surveys, reviews) with its text as data; filter by channel, survey, NPS or "
                + "CSAT range, period and text; an agent sees their customers' feedback", List.of("channel", "survey", "customer_id", "min_nps", "max_nps",
                "min_csat", "max_csat", "from", "to", "q"), true, true, AlertRoutes::feedback);
    }

    private static void list(Call call) {
        List<Object> p = new ArrayList<>();
        List<String> and = new ArrayList<>();
        in(and, p, "a.status", Params.list(call.ctx(), "status"), "status", ALERT_STATUS);
        in(and, p, "a.priority", Params.list(call.ctx(), "priority"), "priority", Set.copyOf(Sla.PRIORITIES));
        in(and, p, "a.rule_id", Params.list(call.ctx(), "rule_id"), "rule_id", null);
        in(and, p, "a.routed_to", Params.list(call.ctx(), "routed_to"), "routed_to", null);
        customer(call, and, p, "a.customer_id");
        and.add(Scope.alerts(call, p));
        Lists.respond(call, new ListQuery("a.alert_id, a.created_at, a.priority, a.status, a.rule_id, a.customer_id, a.routed_to, a.routed_by, a.case_id, a.title, "
                + "a.recommendation, a.source_kind, a.source_id, (SELECT count(*) FROM deliveries d WHERE d.alert_id = a.alert_id "
                + "AND d.status = 'failed') AS failed_deliveries", "alerts a WHERE " + String.join(" AND ", and), p,
                Set.of("alert_id", "created_at", "priority", "status", "rule_id", "routed_to", "customer_id"), "alert_id"));
    }

    private static void feedback(Call call) {
        List<Object> p = new ArrayList<>();
        List<String> and = new ArrayList<>();
        in(and, p, "f.channel", Params.list(call.ctx(), "channel"), "channel", null);
        in(and, p, "f.survey", Params.list(call.ctx(), "survey"), "survey", null);
        customer(call, and, p, "f.customer_id");
        range(call, and, p, "nps", 0, 10);
        range(call, and, p, "csat", 0, 10);
        java.time.LocalDate from = Params.date(call.ctx(), "from");
        java.time.LocalDate to = Params.date(call.ctx(), "to");
        CustomerFilter.period(from, to);
        if (from != null) {
            and.add("f.responded_at >= ?");
            p.add(from.atStartOfDay());
        }
        if (to != null) {
            and.add("f.responded_at < ?");
            p.add(to.plusDays(1).atStartOfDay());
        }
        String q = Params.text(call.ctx(), "q", 200);
        if (q != null) {
            and.add("contains(lower(f.text), lower(?))");
            p.add(q);
        }
        and.add(Scope.customers(call, "f.customer_id", p));
        Lists.respond(call, new ListQuery("f.source, f.feedback_id, f.customer_id, f.responded_at, f.survey, f.touchpoint, f.channel, f.product_id, f.nps, f.csat, "
                + "f.ces, f.language, f.text", "feedback f WHERE " + String.join(" AND ", and), p,
                Set.of("responded_at", "nps", "csat", "customer_id", "channel", "survey"), "responded_at"));
    }

    /** {@code column IN (...)} for a list parameter; with {@code allowed}, other values are a 400. */
    static void in(List<String> and, List<Object> p, String column, List<String> values, String name, Set<String> allowed) {
        if (values.isEmpty()) {
            return;
        }
        if (allowed != null) {
            for (String v : values) {
                if (!allowed.contains(v)) {
                    throw new UsageException("parameter '" + name + "': expected one of " + allowed.stream().sorted().toList() + ", got '" + v + "'");
                }
            }
        }
        and.add(column + " IN (" + String.join(", ", values.stream().map(x -> "?").toList()) + ")");
        p.addAll(values);
    }

    static void customer(Call call, List<String> and, List<Object> p, String column) {
        String v = Params.text(call.ctx(), "customer_id", 18);
        if (v == null) {
            return;
        }
        try {
            p.add(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new UsageException("parameter 'customer_id': expected a customer number, got '" + v + "'");
        }
        and.add(column + " = ?");
    }

    private static void range(Call call, List<String> and, List<Object> p, String score, int min, int max) {
        int lo = Params.integer(call.ctx(), "min_" + score, min, max, min);
        int hi = Params.integer(call.ctx(), "max_" + score, min, max, max);
        if (hi < lo) {
            throw new UsageException("parameter 'max_" + score + "': " + hi + " is below 'min_" + score + "' " + lo);
        }
        if (call.ctx().queryParam("min_" + score) != null || call.ctx().queryParam("max_" + score) != null) {
            and.add("f." + score + " BETWEEN ? AND ?");
            p.add(lo);
            p.add(hi);
        }
    }
}
