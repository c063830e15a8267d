package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.store.value.ValueQueries;
import java.time.LocalDate;
import java.util.List;

/**
 * Aggregates of a value run for the value pages: RFM grid, ABC Pareto curve, satisfaction ×
 * revenue quadrant, CLV distribution, cohorts ({@link ValueQueries}). Filtered by the shared filters; no personal data.
 */
final class ValueRoutes {
    private static final List<String> PARAMS = List.of("run", "country", "region", "channel", "segment", "abc", "quadrant");

    private ValueRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/value/rfm", Role.ALL, "RFM grid (recency score × frequency score) and segment sizes", PARAMS, false, false,
                call -> call.ctx().json(value(call).rfm(Runs.chosen(call), Filters.of(call.ctx()))));
        api.get("/api/v1/value/abc", Role.ALL, "ABC classes and the Pareto curve of customers by revenue (the run's own curve unless filtered)", PARAMS,
                false, false, call -> call.ctx().json(value(call).abc(Runs.chosen(call), Filters.of(call.ctx()))));
        api.get("/api/v1/value/quadrant", Role.ALL, "Satisfaction × revenue quadrant: sizes, thresholds and a sample of customers",
                PARAMS, false, false, call -> call.ctx().json(value(call).quadrant(Runs.chosen(call), Filters.of(call.ctx()))));
        api.get("/api/v1/value/clv", Role.ALL, "Distribution of customer lifetime value", PARAMS, false, false,
                call -> call.ctx().json(value(call).clv(Runs.chosen(call), Filters.of(call.ctx()))));
        api.get("/api/v1/value/cohorts", Role.ALL, "Cohorts by first-purchase month × months since: retention and revenue",
                List.of("run", "from", "to"), false, false, call -> {
                    long run = Runs.chosen(call);
                    LocalDate from = Params.date(call.ctx(), "from");
                    LocalDate to = Params.date(call.ctx(), "to");
                    call.ctx().json(value(call).cohorts(run, from, to));
                });
    }

    private static ValueQueries value(Call call) {
        return new ValueQueries(call.c());
    }
}
