package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientela.service.access.Role;
import io.clientela.store.Json;
import io.clientela.store.value.ValueQueries;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Aggregates of a value run for the value pages: RFM grid, ABC Pareto curve, satisfaction ×
 * revenue quadrant, CLV distribution, cohorts ({@link ValueQueries}). Filtered by the shared filters; no personal data.
 * Roles without personal data get groups of fewer customers than the minimum group size withheld
 * ({@link SmallGroups}), with the quadrant's points of such groups and the histogram of such a CLV summary.
 */
final class ValueRoutes {
    private static final List<String> PARAMS = List.of("run", "country", "region", "channel", "segment", "abc", "quadrant");
    private static final List<String> COHORT_PARAMS = List.of("run", "country", "region", "channel", "segment", "abc", "quadrant", "from", "to");

    private ValueRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/value/rfm", Role.ALL, "RFM grid (recency score × frequency score) and segment sizes", PARAMS, false, false,
                call -> answer(call, value(call).rfm(Runs.chosen(call), Filters.of(call.ctx())), false));
        api.get("/api/v1/value/abc", Role.ALL, "ABC classes and the Pareto curve of customers by revenue (the run's own curve unless filtered)", PARAMS,
                false, false, call -> answer(call, value(call).abc(Runs.chosen(call), Filters.of(call.ctx())), false));
        api.get("/api/v1/value/quadrant", Role.ALL, "Satisfaction × revenue quadrant: sizes, thresholds and a sample of customers",
                PARAMS, false, false, ValueRoutes::quadrant);
        api.get("/api/v1/value/clv", Role.ALL, "Distribution of customer lifetime value", PARAMS, false, false,
                ValueRoutes::clv);
        api.get("/api/v1/value/cohorts", Role.ALL, "Cohorts by first-purchase month × months since: retention and revenue, of the cohorts whose "
                + "month falls in from..to, over the customers the filters keep", COHORT_PARAMS, false, false,
                call -> answer(call, value(call).cohorts(Runs.chosen(call), Filters.of(call.ctx()), call.app().config().value().currency()), true));
    }

    /**
     * The answer with {@code not_applied}: the filters given that the page does not apply (the value
     * pages other than cohorts are as of their run, so a period does not apply to them; no page compares periods).
     */
    private static ObjectNode withNotApplied(Call call, Object answer, boolean period) {
        ObjectNode tree = Json.MAPPER.valueToTree(answer);
        tree.set("not_applied", Json.MAPPER.valueToTree(Filters.notApplied(call.ctx(), true, period, false)));
        return tree;
    }

    private static void answer(Call call, Object answer, boolean period) {
        SmallGroups.json(call, withNotApplied(call, answer, period));
    }

    /** The quadrant; a withheld quadrant's points (one per customer) are left out too. */
    private static void quadrant(Call call) {
        SmallGroups groups = SmallGroups.of(call);
        Object answer = groups.apply(withNotApplied(call, value(call).quadrant(Runs.chosen(call), Filters.of(call.ctx())), false));
        if (answer instanceof ObjectNode tree) {
            Set<String> small = new HashSet<>();
            tree.path("sizes").forEach(s -> {
                if (s.has("suppressed")) {
                    small.add(s.path("quadrant").asText());
                }
            });
            for (Iterator<JsonNode> i = tree.path("points").elements(); i.hasNext(); ) {
                if (small.contains(i.next().path("quadrant").asText())) {
                    i.remove();
                }
            }
        }
        call.ctx().json(answer);
    }

    /** The CLV distribution; a withheld summary has no histogram either (its bins are cut at the 99th percentile of those few customers). */
    private static void clv(Call call) {
        Object answer = SmallGroups.of(call).apply(withNotApplied(call, value(call).clv(Runs.chosen(call), Filters.of(call.ctx())), false));
        if (answer instanceof ObjectNode tree && tree.path("summary").has("suppressed")) {
            tree.putArray("histogram");
        }
        call.ctx().json(answer);
    }

    private static ValueQueries value(Call call) {
        return new ValueQueries(call.c());
    }
}
