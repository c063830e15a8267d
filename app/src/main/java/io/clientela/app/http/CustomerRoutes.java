package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.service.privacy.Privacy;
import io.clientela.store.customers.Customer360;
import io.clientela.store.customers.CustomerSearch;
import io.clientela.store.query.CustomerFilter;
import java.util.ArrayList;
import java.util.List;

/** Customers: search, the 360 view, and the privacy requests (export everything, erase). */
final class CustomerRoutes {
    private CustomerRoutes() {
    }

    static void install(Api api) {
        List<String> listParams = new ArrayList<>(List.of("q"));
        listParams.addAll(Filters.NAMES.subList(0, 6));
        api.get("/api/v1/customers", Role.PERSONAL_DATA, "Search customers by name, e-mail, source id or number; filter by country, region, "
                + "channel, RFM segment, ABC class and quadrant; an agent finds only customers with a case or alert of theirs", listParams, true, true, CustomerRoutes::search);
        api.get("/api/v1/customers/{id}", Role.PERSONAL_DATA, "The Customer 360: summary (segment, value class, CLV with its currency, NPS, "
                + "open cases, consent), profile, identities, latest value results, order totals per currency, feedback, cases and tickets, "
                + "campaigns, orders, the merged source records and the keys that joined them, reasons for missing or zero figures, and the timeline",
                List.of("limit"), false, true, call -> {
                    long id = Params.id(call.ctx(), "id");
                    Scope.customer(call, id);
                    int limit = Params.integer(call.ctx(), "limit", 1, 1000, 100);
                    call.ctx().json(new Customer360(call.c()).of(id, Scope.of(call), limit));
                });
        api.get("/api/v1/customers/{id}/export", Role.ADMINS, "Privacy: everything held on one customer, from every table, as JSON",
                List.of(), false, true, call -> {
                    long id = Params.id(call.ctx(), "id");
                    call.ctx().header("Content-Disposition", "attachment; filename=\"customer-" + id + ".json\"");
                    call.ctx().json(new Privacy(call.c(), call.app().workspace(), call.app().clock()).export(id));
                });
        api.delete("/api/v1/customers/{id}", Role.ADMINS, "Privacy: erase a customer from every table, identity, derived result and "
                + "free text, then rewrite the database file so that no copy is left in it",
                call -> call.ctx().json(new Privacy(call.c(), call.app().workspace(), call.app().clock())
                        .erase(Params.id(call.ctx(), "id"), call.session().user().username())));
    }

    private static void search(Call call) {
        CustomerFilter f = Filters.of(call.ctx());
        long run = Runs.chosen(call);
        String q = Params.text(call.ctx(), "q", 200);
        Lists.respond(call, CustomerSearch.of(run, f, q, Scope.of(call)));
    }
}
