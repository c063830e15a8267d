package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.service.privacy.Privacy;
import io.clientela.store.customers.CustomerQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Customers: search, the 360 view, and the privacy requests (export everything, erase). */
final class CustomerRoutes {
    private CustomerRoutes() {
    }

    static void install(Api api) {
        List<String> listParams = new ArrayList<>(List.of("q"));
        listParams.addAll(Filters.NAMES.subList(0, 6));
        api.get("/api/v1/customers", Role.PERSONAL_DATA, "Search customers by name, e-mail, source id or number; filter by country, region, "
                + "channel, RFM segment, ABC class and quadrant; an agent finds only customers with a case or alert of theirs", listParams, true, true, CustomerRoutes::search);
        api.get("/api/v1/customers/{id}", Role.PERSONAL_DATA, "The Customer 360: profile, identities, figures, latest value results and timeline",
                List.of("limit"), false, true, call -> {
                    long id = Params.id(call.ctx(), "id");
                    Scope.customer(call, id);
                    int limit = Params.integer(call.ctx(), "limit", 1, 1000, 100);
                    call.ctx().json(new CustomerQueries(call.c(), call.app().config().defaultCountry()).show(id, limit));
                });
        api.get("/api/v1/customers/{id}/export", Role.ADMINS, "Privacy: everything held on one customer, from every table, as JSON",
                List.of(), false, true, call -> {
                    long id = Params.id(call.ctx(), "id");
                    call.ctx().header("Content-Disposition", "attachment; filename=\"customer-" + id + ".json\"");
                    call.ctx().json(new Privacy(call.c(), call.app().workspace(), call.app().clock()).export(id));
                });
        api.delete("/api/v1/customers/{id}", Role.ADMINS, "Privacy: erase a customer from every table, identity and derived result",
                call -> call.ctx().json(new Privacy(call.c(), call.app().workspace(), call.app().clock()).erase(Params.id(call.ctx(), "id"))));
    }

    private static void search(Call call) {
        Filters f = Filters.of(call.ctx());
        List<Object> p = new ArrayList<>();
        p.add(Runs.chosen(call));
        String where = f.where(p);
        String q = Params.text(call.ctx(), "q", 200);
        if (q != null) {
            String lower = q.toLowerCase(java.util.Locale.ROOT);
            where += " AND (contains(lower(c.name), ?) OR contains(lower(c.email), ?) OR CAST(c.customer_id AS VARCHAR) = ? "
                    + "OR c.customer_id IN (SELECT customer_id FROM customer_records WHERE external_id = ?))";
            p.addAll(List.of(lower, lower, q, q));
        }
        where += " AND " + Scope.customers(call, "c.customer_id", p);
        new ListQuery("c.customer_id, c.name, c.email, c.country, c.region, c.acquisition_channel AS channel, v.rfm_segment AS segment, "
                + "v.abc_class AS abc, v.quadrant, v.orders, round(v.revenue, 2) AS revenue, round(v.clv, 2) AS clv, round(v.p_alive, 3) AS p_alive, "
                + "v.last_order",
                "customers c LEFT JOIN customer_values v ON v.customer_id = c.customer_id AND v.run_id = ? WHERE " + where, p,
                Set.of("customer_id", "name", "email", "country", "revenue", "clv", "orders", "p_alive", "last_order", "segment"), "customer_id")
                .respond(call.ctx(), call.c(), call.session().user().role());
    }

}
