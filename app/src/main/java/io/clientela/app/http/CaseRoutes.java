package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.action.cases.CaseKpis;
import io.clientela.action.cases.CaseStatus;
import io.clientela.action.cases.Cases;
import io.clientela.action.cases.Sla;
import io.clientela.core.ForbiddenException;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.store.cases.CaseQueries;
import io.clientela.store.query.AgentScope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follow-up cases: the list, one case with its notes, history and source, the workflow moves
 * (through {@link Cases}: a move the lifecycle refuses is a 409) and the follow-up KPIs. An agent
 * sees and moves only the cases they own, and may assign cases only to themselves.
 */
final class CaseRoutes {
    static final Set<String> STATUS = Set.of("open", "assigned", "in_progress", "resolved", "closed");

    private CaseRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/cases/kpis", Role.ALL, "Follow-up KPIs over cases opened in a period (default: the last 90 days): share of negative "
                + "feedback followed up, median hours to first contact and to close, recovery rate, open and overdue cases", List.of("from", "to"),
                false, false, CaseRoutes::kpis);
        api.get("/api/v1/cases", Role.PERSONAL_DATA, "Follow-up cases; filter by status, owner, priority (comma-separated) and overdue=true; "
                + "an agent sees the cases they own", List.of("status", "owner", "priority", "overdue", "customer_id"), true, true, CaseRoutes::list);
        api.get("/api/v1/cases/{id}", Role.PERSONAL_DATA, "One case: status, owner, due date, notes, history, its alerts and the feedback or "
                + "event that opened it", List.of(), false, true, call -> call.ctx().json(show(call, Params.id(call.ctx(), "id"))));
        api.post("/api/v1/cases/{id}/assign", Role.PERSONAL_DATA, "Assign the case: body {\"owner\": \"anna\"} (an agent may assign to "
                + "themselves only)", true, call -> move(call, (cases, id, body) -> {
                    String owner = Bodies.text(body, "owner", 100, true, "{\"owner\": \"anna\"}");
                    if (Scope.limited(call) && !owner.equals(Scope.user(call))) {
                        throw new ForbiddenException("an agent may assign cases to themselves only ('" + Scope.user(call) + "'), not to '" + owner + "'");
                    }
                    cases.assign(id, owner, actor(call), now(call));
                }));
        api.post("/api/v1/cases/{id}/start", Role.PERSONAL_DATA, "Start work on the case (the first start is the first contact)", true,
                call -> move(call, (cases, id, body) -> cases.start(id, actor(call), now(call))));
        api.post("/api/v1/cases/{id}/notes", Role.PERSONAL_DATA, "Add a note: body {\"text\": \"Called, replacement sent\"}", true,
                call -> move(call, (cases, id, body) -> cases.note(id, actor(call),
                        Bodies.text(body, "text", 4000, true, "{\"text\": \"Called, replacement sent\"}"), now(call))));
        api.post("/api/v1/cases/{id}/resolve", Role.PERSONAL_DATA, "Resolve the case: body {\"outcome\": \"recovered\"}, one of "
                + String.join(", ", CaseStatus.OUTCOMES), true, call -> move(call, (cases, id, body) -> {
                    String outcome = Bodies.text(body, "outcome", 64, true, "{\"outcome\": \"recovered\"}");
                    if (!CaseStatus.OUTCOMES.contains(outcome)) {
                        throw new UsageException("body field 'outcome': expected one of " + CaseStatus.OUTCOMES + ", got '" + outcome + "'");
                    }
                    cases.resolve(id, outcome, actor(call), now(call));
                }));
        api.post("/api/v1/cases/{id}/close", Role.PERSONAL_DATA, "Close a resolved case (final)", true,
                call -> move(call, (cases, id, body) -> cases.close(id, actor(call), now(call))));
    }

    private static void list(Call call) {
        String overdue = Params.oneOf(call.ctx(), "overdue", Set.of("true", "false"), null);
        Lists.respond(call, CaseQueries.list(new CaseQueries.Selection(AlertRoutes.checked(call, "status", STATUS), Params.list(call.ctx(), "owner"),
                AlertRoutes.checked(call, "priority", Set.copyOf(Sla.PRIORITIES)), AlertRoutes.customer(call),
                overdue == null ? null : overdue.equals("true")), now(call), Scope.of(call)));
    }

    /** The case, its alerts, and the item that opened it; 404 when it does not exist or is outside the caller's scope. */
    static Map<String, Object> show(Call call, long id) {
        CaseQueries queries = new CaseQueries(call.c());
        if (!queries.visible(id, Scope.of(call))) {
            throw new NotFoundException("no case " + id);
        }
        Map<String, Object> out = new LinkedHashMap<>(new Cases(call.c(), Sla.DEFAULT).show(id));
        LocalDateTime due = (LocalDateTime) out.get("due_at");
        out.put("overdue", !Set.of("resolved", "closed").contains(out.get("status")) && due.isBefore(now(call)));
        out.put("alerts", queries.alerts(id, out.get("alert_id")));
        out.put("source", source(queries, id, out, Scope.of(call)));
        if (out.get("customer_id") != null) {
            out.put("customer_url", "/api/v1/customers/" + out.get("customer_id"));
        }
        return out;
    }

    /** The item that opened the case: its kind, source system and id, and the item itself (of that system and the case's customer). */
    private static Map<String, Object> source(CaseQueries queries, long caseId, Map<String, Object> k, AgentScope scope) {
        if (k.get("source_kind") == null || k.get("source_id") == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", k.get("source_kind"));
        out.put("system", k.get("source_system"));
        out.put("id", k.get("source_id"));
        out.put("item", queries.source(caseId, scope));
        return out;
    }

    @FunctionalInterface
    private interface Move {
        void apply(Cases cases, long id, JsonNode body);
    }

    /** A workflow call: the case must be in scope (404), the body valid (400), the move allowed (409); answers the case after it. */
    private static void move(Call call, Move m) {
        long id = Params.id(call.ctx(), "id");
        show(call, id);
        JsonNode body = Bodies.object(call.ctx(), "{}", true);
        m.apply(new Cases(call.c(), Sla.DEFAULT), id, body);
        call.ctx().json(show(call, id));
    }

    private static void kpis(Call call) {
        LocalDate to = Params.date(call.ctx(), "to");
        LocalDate from = Params.date(call.ctx(), "from");
        LocalDateTime now = now(call);
        LocalDateTime end = to == null ? now : to.plusDays(1).atStartOfDay();
        LocalDateTime start = from == null ? end.minusDays(90) : from.atStartOfDay();
        if (!end.isAfter(start)) {
            throw new UsageException("parameter 'to': " + to + " is before 'from' " + from);
        }
        call.ctx().json(CaseKpis.of(call.c(), start, end, now));
    }

    private static String actor(Call call) {
        return Scope.user(call);
    }

    static LocalDateTime now(Call call) {
        return LocalDateTime.ofInstant(call.app().clock().instant(), ZoneOffset.UTC).withNano(0);
    }
}
