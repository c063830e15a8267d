package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Segments and the segment builder: RFM segments with their sizes, and a targeted campaign list
 * (the shared filters plus minimum CLV and probability alive) that only holds customers who
 * consented to the chosen channel: e-mail addresses need {@code consent_email}, phones {@code consent_sms}.
 */
final class SegmentRoutes {
    private static final List<String> BUILDER = List.of("run", "country", "region", "channel", "segment", "abc", "quadrant", "min_clv",
            "min_p_alive", "contact");

    private SegmentRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/segments", Role.ALL, "RFM segments of a run: customers, revenue and average CLV", List.of("run", "country", "region",
                "channel"), true, false, call -> {
                    List<Object> p = new ArrayList<>();
                    String from = "(SELECT v.rfm_segment AS segment, count(*) AS customers, round(sum(v.revenue), 2) AS revenue, "
                            + "round(avg(v.clv), 2) AS avg_clv FROM customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND "
                            + where(call, p) + " AND v.rfm_segment IS NOT NULL GROUP BY 1) s";
                    new ListQuery("*", from, p, Set.of("segment", "customers", "revenue", "avg_clv"), "customers")
                            .respond(call.ctx(), call.c(), call.session().user().role());
                });
        api.get("/api/v1/campaign-list/count", Role.ALL, "Segment builder: how many customers match, and how many of them may be contacted "
                + "by e-mail or SMS", BUILDER, false, false, call -> {
                    List<Object> p = new ArrayList<>();
                    String w = builder(call, p);
                    Map<String, Object> out = new LinkedHashMap<>(Db.query(call.c(), "SELECT count(*) AS matching, "
                            + "count(*) FILTER (WHERE c.consent_email IS TRUE AND c.email IS NOT NULL) AS email_consent, "
                            + "count(*) FILTER (WHERE c.consent_sms IS TRUE AND c.phone IS NOT NULL) AS sms_consent, "
                            + "round(sum(v.clv), 2) AS total_clv FROM customer_values v JOIN customers c USING (customer_id) WHERE " + w, p.toArray()).get(0));
                    call.ctx().json(out);
                });
        api.get("/api/v1/campaign-list", Role.ANALYSTS, "Segment builder: the targeted campaign list, only customers who consented to the "
                + "contact channel (contact=email|sms)", BUILDER, true, true, call -> {
                    List<Object> p = new ArrayList<>();
                    String w = builder(call, p);
                    String contact = Params.oneOf(call.ctx(), "contact", Set.of("email", "sms"), "email");
                    String consent = contact.equals("email") ? " AND c.consent_email IS TRUE AND c.email IS NOT NULL"
                            : " AND c.consent_sms IS TRUE AND c.phone IS NOT NULL";
                    new ListQuery("c.customer_id, c.name, " + (contact.equals("email") ? "c.email" : "c.phone") + ", c.language, c.country, "
                            + "v.rfm_segment AS segment, v.abc_class AS abc, v.quadrant, round(v.clv, 2) AS clv, round(v.p_alive, 3) AS p_alive",
                            "customer_values v JOIN customers c USING (customer_id) WHERE " + w + consent, p,
                            Set.of("customer_id", "clv", "p_alive", "country", "segment"), "customer_id")
                            .respond(call.ctx(), call.c(), call.session().user().role());
                });
    }

    private static String where(Call call, List<Object> p) {
        p.add(Runs.chosen(call));
        return Filters.of(call.ctx()).where(p);
    }

    private static String builder(Call call, List<Object> p) {
        String w = "v.run_id = ? AND " + where(call, p);
        Double minClv = Params.decimal(call.ctx(), "min_clv");
        if (minClv != null) {
            w += " AND v.clv >= ?";
            p.add(minClv);
        }
        Double minAlive = Params.decimal(call.ctx(), "min_p_alive");
        if (minAlive != null) {
            w += " AND v.p_alive >= ?";
            p.add(minAlive);
        }
        return w;
    }
}
