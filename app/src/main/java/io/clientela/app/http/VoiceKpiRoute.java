package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.service.voice.VoiceKpis;
import io.clientela.store.voice.VoiceQueries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/voice/kpis}: NPS, CSAT and CES per month under the shared filters, counted by
 * the store ({@link VoiceQueries#scoreCounts}) and computed by {@link VoiceKpis}. Needs no voice run.
 */
final class VoiceKpiRoute {
    private VoiceKpiRoute() {
    }

    static void install(Api api) {
        api.get("/api/v1/voice/kpis", Role.ALL, "NPS (promoters, passives, detractors), CSAT and CES over the period and per month, with 95% intervals, "
                        + "a minimum-sample flag and significant month-to-month changes", kpiParams(), false, false, VoiceKpiRoute::kpis);
    }

    private static List<String> kpiParams() {
        List<String> out = new ArrayList<>(Filters.NAMES);
        out.add("min_sample");
        return out;
    }

    private static void kpis(Call call) {
        int minSample = Params.integer(call.ctx(), "min_sample", 1, 1_000_000, 30);
        SmallGroups.json(call, VoiceKpis.of(new VoiceQueries(call.c()).scoreCounts(Filters.of(call.ctx())), minSample));
    }
}
