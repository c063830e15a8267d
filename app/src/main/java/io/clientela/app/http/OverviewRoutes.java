package io.clientela.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientela.service.access.Role;
import io.clientela.store.Json;
import io.clientela.store.overview.OverviewQueries;
import io.clientela.store.query.CustomerFilter;
import java.time.LocalDate;
import java.util.List;

/**
 * The overview: revenue, orders, active and at-risk customers in a period, monthly revenue, and the
 * same figures of a comparison period ({@code compare=previous|year}); and the filter choices.
 */
final class OverviewRoutes {
    private OverviewRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/overview", Role.ALL, "KPIs for a period (default: the running month and the 12 full months before it): revenue in the base "
                + "currency, orders, active customers (with an order in the period), at-risk customers, customers the filter keeps, monthly revenue "
                + "and orders (every month, the running one marked partial); compare=previous|year adds the comparison period's figures",
                Filters.WITH_COMPARE, false, false, OverviewRoutes::overview);
        api.get("/api/v1/filters", Role.ALL, "The values each filter can take (regions also grouped by country), and the span of the data", List.of(),
                false, false, call -> call.ctx().json(new OverviewQueries(call.c()).choices(call.app().config().value().currency())));
    }

    private static void overview(Call call) {
        CustomerFilter f = Filters.of(call.ctx());
        OverviewQueries.Overview o = new OverviewQueries(call.c()).overview(f, call.app().config().value().currency(),
                LocalDate.now(call.app().clock()), Filters.compare(call.ctx()));
        ObjectNode tree = Json.MAPPER.valueToTree(o);
        tree.set("not_applied", Json.MAPPER.valueToTree(Filters.notApplied(call.ctx(), true, true, true)));
        SmallGroups.json(call, tree);
    }
}
