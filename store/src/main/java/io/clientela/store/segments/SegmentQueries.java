package io.clientela.store.segments;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.query.ListQuery;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The segment pages: the RFM segments of a run under the shared filters, and the segment builder's
 * count and campaign list. A campaign list holds only customers who consented to the contact
 * channel: e-mail addresses need {@code consent_email}, phones {@code consent_sms}.
 */
public final class SegmentQueries {
    private final Connection c;

    public SegmentQueries(Handle h) {
        this.c = h.connection();
    }

    /** How a campaign reaches its customers. */
    public enum Contact {
        EMAIL, SMS
    }

    /** How many customers an audience has, how many of them may be sent an e-mail or an SMS, and their total CLV (null when none has one). */
    public record CampaignCount(long matching, @JsonProperty("email_consent") long emailConsent, @JsonProperty("sms_consent") long smsConsent,
                                @JsonProperty("total_clv") Double totalClv) {
    }

    /** The RFM segments of a run among the customers the filter keeps: customers, revenue and average CLV. */
    public static ListQuery segments(long run, CustomerFilter f) {
        List<Object> p = new ArrayList<>();
        p.add(run);
        String from = "(SELECT v.rfm_segment AS segment, count(*) AS customers, round(sum(v.revenue), 2) AS revenue, "
                + "round(avg(v.clv), 2) AS avg_clv FROM customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND "
                + f.where(p) + " AND v.rfm_segment IS NOT NULL GROUP BY 1) s";
        return new ListQuery("*", from, p, Set.of("segment", "customers", "revenue", "avg_clv"), "customers");
    }

    public CampaignCount count(Audience a) {
        List<Object> p = new ArrayList<>();
        String w = a.where(p);
        Map<String, Object> r = Db.query(c, """
                SELECT count(*) AS matching, count(*) FILTER (WHERE c.consent_email IS TRUE AND c.email IS NOT NULL) AS email_consent, \
                count(*) FILTER (WHERE c.consent_sms IS TRUE AND c.phone IS NOT NULL) AS sms_consent, \
                round(sum(v.clv), 2) AS total_clv FROM customer_values v JOIN customers c USING (customer_id) WHERE\s""" + w, p.toArray()).get(0);
        return new CampaignCount(((Number) r.get("matching")).longValue(), ((Number) r.get("email_consent")).longValue(),
                ((Number) r.get("sms_consent")).longValue(), r.get("total_clv") == null ? null : ((Number) r.get("total_clv")).doubleValue());
    }

    /** The campaign list: the audience's customers who may be contacted that way, with the address to use. */
    public static ListQuery campaignList(Audience a, Contact contact) {
        List<Object> p = new ArrayList<>();
        String w = a.where(p);
        String consent = contact == Contact.EMAIL ? " AND c.consent_email IS TRUE AND c.email IS NOT NULL"
                : " AND c.consent_sms IS TRUE AND c.phone IS NOT NULL";
        return new ListQuery("c.customer_id, c.name, " + (contact == Contact.EMAIL ? "c.email" : "c.phone") + ", c.language, c.country, "
                + "v.rfm_segment AS segment, v.abc_class AS abc, v.quadrant, round(v.clv, 2) AS clv, round(v.p_alive, 3) AS p_alive",
                "customer_values v JOIN customers c USING (customer_id) WHERE " + w + consent, p,
                Set.of("customer_id", "clv", "p_alive", "country", "segment"), "customer_id");
    }
}
