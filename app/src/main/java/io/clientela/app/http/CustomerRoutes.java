package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.service.privacy.Privacy;
import io.clientela.store.customers.Customer360;
import java.util.List;

/** Customers: search, the 360 view, and the privacy requests (export everything, erase). */
final class CustomerRoutes {
    private CustomerRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/customers", Role.PERSONAL_DATA, "The customer list behind every chart: search customers by name, e-mail, source id "
                + "or number (q); filter by country, region, channel, segment, from/to and the drill-down filters rfm_segment, r, f (RFM scores 1-5), "
                + "abc, quadrant, cohort (YYYY-MM) with month (months since), clv_min, clv_max, theme, term, or a saved segment (saved=<id>); "
                + "sort by any column (sort, order), page (page, size) and export exactly that list (format=csv|xlsx); an unknown parameter is a "
                + "400; an agent finds only customers with a case or alert of theirs", CustomerList.DOCUMENTED, true, true, CustomerList::respond);
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
        SavedSegmentRoutes.install(api);
    }
}
