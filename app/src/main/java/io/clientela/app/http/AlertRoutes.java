package io.clientela.app.http;

import io.clientela.action.alert.Alerts;
import io.clientela.action.cases.Sla;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.store.alerts.AlertQueries;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.voice.FeedbackList;
import java.time.LocalDate;
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
        Lists.respond(call, AlertQueries.list(new AlertQueries.Selection(checked(call, "status", ALERT_STATUS),
                checked(call, "priority", Set.copyOf(Sla.PRIORITIES)), Params.list(call.ctx(), "rule_id"), Params.list(call.ctx(), "routed_to"),
                customer(call)), Scope.of(call)));
    }

    private static void feedback(Call call) {
        LocalDate from = Params.date(call.ctx(), "from");
        LocalDate to = Params.date(call.ctx(), "to");
        CustomerFilter.period(from, to);
        Lists.respond(call, FeedbackList.of(new FeedbackList.Selection(Params.list(call.ctx(), "channel"), Params.list(call.ctx(), "survey"),
                customer(call), range(call, "nps", 0, 10), range(call, "csat", 0, 10), from, to, Params.text(call.ctx(), "q", 200)), Scope.of(call)));
    }

    /** A list parameter whose values must be among {@code allowed} (others are a 400). */
    static List<String> checked(Call call, String name, Set<String> allowed) {
        List<String> values = Params.list(call.ctx(), name);
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new UsageException("parameter '" + name + "': expected one of " + allowed.stream().sorted().toList() + ", got '" + v + "'");
            }
        }
        return values;
    }

    /** The {@code customer_id} parameter, or null. */
    static Long customer(Call call) {
        String v = Params.text(call.ctx(), "customer_id", 18);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("parameter 'customer_id': expected a customer number, got '" + v + "'");
        }
    }

    /** {@code {min, max}} of a score from {@code min_<score>} and {@code max_<score>}; null when neither is given. */
    private static int[] range(Call call, String score, int min, int max) {
        int lo = Params.integer(call.ctx(), "min_" + score, min, max, min);
        int hi = Params.integer(call.ctx(), "max_" + score, min, max, max);
        if (hi < lo) {
            throw new UsageException("parameter 'max_" + score + "': " + hi + " is below 'min_" + score + "' " + lo);
        }
        return call.ctx().queryParam("min_" + score) != null || call.ctx().queryParam("max_" + score) != null ? new int[] {lo, hi} : null;
    }
}
