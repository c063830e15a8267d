package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.store.segments.Audience;
import io.clientela.store.segments.SegmentQueries.Contact;
import io.clientela.store.segments.SegmentQueries;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Segments and the segment builder ({@link SegmentQueries}): RFM segments with their sizes, and a
 * targeted campaign list (the shared filters plus minimum CLV and probability alive) that only holds
 * customers who consented to the chosen channel.
 */
final class SegmentRoutes {
    private static final List<String> BUILDER = List.of("run", "country", "region", "channel", "segment", "abc", "quadrant", "min_clv",
            "min_p_alive", "contact");

    private SegmentRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/segments", Role.ALL, "RFM segments of a run: customers, revenue and average CLV", List.of("run", "country", "region",
                "channel"), true, false, call -> Lists.respond(call, SegmentQueries.segments(Runs.chosen(call), Filters.of(call.ctx()))));
        api.get("/api/v1/campaign-list/count", Role.ALL, "Segment builder: how many customers match, and how many of them may be contacted "
                + "by e-mail or SMS", BUILDER, false, false, call -> call.ctx().json(new SegmentQueries(call.c()).count(audience(call))));
        api.get("/api/v1/campaign-list", Role.ANALYSTS, "Segment builder: the targeted campaign list, only customers who consented to the "
                + "contact channel (contact=email|sms)", BUILDER, true, true, call -> {
                    Audience a = audience(call);
                    Contact contact = Contact.valueOf(Params.oneOf(call.ctx(), "contact", Set.of("email", "sms"), "email").toUpperCase(Locale.ROOT));
                    Lists.respond(call, SegmentQueries.campaignList(a, contact));
                });
    }

    /** The run, the shared filters and the minimums {@code min_clv} and {@code min_p_alive}, in that order. */
    private static Audience audience(Call call) {
        long run = Runs.chosen(call);
        return new Audience(run, Filters.of(call.ctx()), Params.decimal(call.ctx(), "min_clv"), Params.decimal(call.ctx(), "min_p_alive"));
    }
}
