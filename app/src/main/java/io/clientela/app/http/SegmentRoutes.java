package io.clientela.app.http;

import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.store.segments.Audience;
import io.clientela.store.segments.SegmentQueries.CampaignCount;
import io.clientela.store.segments.SegmentQueries.Contact;
import io.clientela.store.segments.SegmentQueries;
import io.clientela.store.segments.SavedSegments;
import io.clientela.store.voice.VoiceQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Segments and the segment builder ({@link SegmentQueries}): RFM segments with their sizes, and a
 * targeted campaign list (the shared filters plus minimum CLV and probability alive) that only holds
 * customers who consented to the chosen channel; {@code saved=<id>} counts and lists a saved segment
 * of the customer list.
 */
final class SegmentRoutes {
    private static final List<String> BUILDER = List.of("run", "country", "region", "channel", "segment", "abc", "quadrant", "min_clv",
            "min_p_alive", "contact", "saved");

    private SegmentRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/segments", Role.ALL, "RFM segments of a run: customers, revenue and average CLV", List.of("run", "country", "region",
                "channel"), true, false, call -> Lists.respond(call, SegmentQueries.segments(Runs.chosen(call), Filters.of(call.ctx()))));
        api.get("/api/v1/campaign-list/count", Role.ALL, "Segment builder: how many customers match, and how many of them may be contacted "
                + "by e-mail or SMS (for roles without personal data: counts below the minimum group size as \"<5\", and the CLV total "
                + "withheld below it and rounded to two significant digits above it)", BUILDER, false, false, SegmentRoutes::count);
        api.get("/api/v1/campaign-list", Role.ANALYSTS, "Segment builder: the targeted campaign list, only customers who consented to the "
                + "contact channel (contact=email|sms)", BUILDER, true, true, call -> {
                    Audience a = audience(call);
                    Contact contact = Contact.valueOf(Params.oneOf(call.ctx(), "contact", Set.of("email", "sms"), "email").toUpperCase(Locale.ROOT));
                    Lists.respond(call, SegmentQueries.campaignList(a, contact));
                });
    }

    /**
     * The builder's count. Roles without personal data get counts below the minimum group size as
     * {@code "<5"}, no CLV total for such an audience, and a CLV total rounded to two significant
     * digits otherwise, so that two audiences a customer apart do not give away that customer's CLV.
     */
    private static void count(Call call) {
        CampaignCount n = new SegmentQueries(call.c()).count(audience(call));
        SmallGroups groups = SmallGroups.of(call);
        if (!groups.active()) {
            call.ctx().json(n);
            return;
        }
        boolean small = n.matching() < groups.min();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("matching", groups.count(n.matching()));
        out.put("email_consent", groups.count(n.emailConsent()));
        out.put("sms_consent", groups.count(n.smsConsent()));
        out.put("total_clv", small ? null : groups.coarse(n.totalClv()));
        if (small) {
            out.put("suppressed", groups.reason());
        }
        call.ctx().json(out);
    }

    /**
     * The run, the shared filters and the minimums {@code min_clv} and {@code min_p_alive}, in that
     * order; with {@code saved=<id>}, the saved segment's filters (a shared filter given here replaces
     * the saved one of the same name).
     */
    private static Audience audience(Call call) {
        long run = Runs.chosen(call);
        Double minClv = Params.decimal(call.ctx(), "min_clv");
        Double minPAlive = Params.decimal(call.ctx(), "min_p_alive");
        String saved = Params.text(call.ctx(), "saved", 18);
        if (saved == null) {
            return new Audience(run, Filters.of(call.ctx()), minClv, minPAlive);
        }
        Map<String, String> p;
        try {
            p = new LinkedHashMap<>(new SavedSegments(call.c()).get(Long.parseLong(saved)).filters());
        } catch (NumberFormatException e) {
            throw new UsageException("parameter 'saved': expected a saved segment number, got '" + saved + "'");
        }
        for (String k : List.of("country", "region", "channel", "segment", "abc", "quadrant")) {
            String v = Params.text(call.ctx(), k, 4000);
            if (v != null) {
                p.put(k, v);
            }
        }
        CustomerList.Criteria c = CustomerList.criteria(call, p, run, new VoiceQueries(call.c()).latestRun());
        return new Audience(run, c.filter(), minClv, minPAlive, c.drill());
    }
}
