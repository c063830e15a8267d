package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.store.overview.OverviewQueries;
import io.clientela.store.query.CustomerFilter;
import java.time.LocalDate;
import java.util.List;

/** The overview: revenue, orders, active and at-risk customers in a period, monthly revenue; and the filter choices. */
final class OverviewRoutes {
    private OverviewRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/overview", Role.ALL, "KPIs for a period (default: the last 12 months of data): revenue in the base currency, orders, "
                + "active customers (with an order in the period), at-risk customers, monthly revenue and orders", Filters.NAMES, false, false, OverviewRoutes::overview);
        api.get("/api/v1/filters", Role.ALL, "The values each filter can take, and the span of the data", List.of(), false, false,
                call -> call.ctx().json(new OverviewQueries(call.c()).choices(call.app().config().value().currency())));
    }

    private static void overview(Call call) {
        CustomerFilter f = Filters.of(call.ctx());
        SmallGroups.json(call, new OverviewQueries(call.c()).overview(f, call.app().config().value().currency(), LocalDate.now(call.app().clock())));
    }
}
