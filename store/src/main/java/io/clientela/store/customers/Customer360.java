package io.clientela.store.customers;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.query.AgentScope;
import io.clientela.store.value.ValueStore;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Customer 360 as a person reads it: a summary (segment, value class, lifetime value with its
 * currency, NPS, open cases, consent), panels (feedback, cases and help-desk tickets, campaigns,
 * orders, the source records merged into the profile and the keys that joined them), a timeline
 * whose rows carry their facts apart (so the dashboard can name them in its language), and for each
 * figure that is missing or zero the reason, as a code with the numbers that explain it.
 * <p>
 * Money is never mixed: order totals are given per order currency; the value analysis's revenue and
 * lifetime value are in the run's base currency, which comes with them.
 */
public final class Customer360 {
    /** A lifetime value below this (in the base currency) reads as zero. */
    static final double NEAR_ZERO = 0.5;
    private final Handle h;
    private final Connection c;

    public Customer360(Handle h) {
        this.h = h;
        this.c = h.connection();
    }

    /** The whole view; cases are those the scope sees (an agent, their own). */
    public Map<String, Object> of(long customerId, AgentScope scope, int timelineLimit) {
        List<Map<String, Object>> found = Db.query(c, "SELECT * FROM customers WHERE customer_id = ?", customerId);
        if (found.isEmpty()) {
            throw new CustomerNotFoundException("customer " + customerId + " does not exist");
        }
        Map<String, Object> profile = found.get(0);
        profile.values().removeIf(v -> v == null);
        Map<String, Object> value = new ValueStore(h).latestValues(customerId).orElse(Map.of());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customer", profile);
        out.put("identities", Db.query(c, "SELECT i.type, i.value, r.source, r.external_id FROM identities i JOIN customer_records r "
                + "USING (record_id) WHERE r.customer_id = ? ORDER BY r.record_id, i.type", customerId));
        Map<String, Object> run = valueRun(value);
        out.put("value", value);
        out.put("value_run", run);
        List<Map<String, Object>> money = Db.query(c, """
                SELECT coalesce(upper(currency), '') AS currency, count(*) FILTER (WHERE status <> 'cancelled') AS orders,
                       coalesce(sum(total_amount) FILTER (WHERE status = 'completed'), 0) AS completed_amount,
                       coalesce(sum(total_amount) FILTER (WHERE status <> 'cancelled'), 0) AS amount
                FROM orders WHERE customer_id = ? GROUP BY 1 ORDER BY 3 DESC""", customerId);
        out.put("order_totals", money);
        List<Object> p = new ArrayList<>();
        p.add(customerId);
        String scoped = scope.cases(p);
        List<Map<String, Object>> cases = Db.query(c, "SELECT k.case_id, k.title, k.status, k.priority, k.owner, k.opened_at, k.due_at, k.outcome "
                + "FROM cases k WHERE k.customer_id = ? AND " + scoped + " ORDER BY k.opened_at DESC, k.case_id DESC LIMIT 50", p.toArray());
        out.put("cases", cases);
        out.put("tickets", Db.query(c, "SELECT source, ticket_id, opened_at, closed_at, category, channel, priority, outcome, satisfaction "
                + "FROM tickets WHERE customer_id = ? ORDER BY opened_at DESC LIMIT 50", customerId));
        out.put("campaigns", Db.query(c, """
                SELECT cc.campaign_id, k.name, k.channel, cc.contacted_at, coalesce(cc.responded, false) AS responded, cc.responded_at,
                       coalesce(cc.converted, false) AS converted, cc.revenue, k.currency
                FROM campaign_contacts cc LEFT JOIN campaigns k ON k.source = cc.source AND k.campaign_id = cc.campaign_id
                WHERE cc.customer_id = ? ORDER BY cc.contacted_at DESC LIMIT 50""", customerId));
        out.put("orders", Db.query(c, "SELECT source, order_id, ordered_at, status, total_amount, upper(currency) AS currency, channel, country "
                + "FROM orders WHERE customer_id = ? ORDER BY ordered_at DESC LIMIT 25", customerId));
        out.put("feedback", feedback(customerId));
        out.put("merged", merged(customerId));
        Map<String, Object> summary = summary(customerId, profile, value, run, money, cases);
        out.put("summary", summary);
        out.put("explanations", explanations(customerId, value, run, summary));
        out.put("timeline", new Timeline(c).of(customerId, timelineLimit));
        return out;
    }

    /** The base currency, horizon and as-of date of the run that computed the lifetime value (or, without one, the RFM run). */
    private Map<String, Object> valueRun(Map<String, Object> value) {
        Object id = value.get("clv_run") != null ? value.get("clv_run") : value.get("rfm_run");
        if (id == null) {
            // the customer is in no run's results: the latest run says over which window it looked
            id = Db.queryValue(c, "SELECT coalesce(max(run_id) FILTER (WHERE list_contains(analyses, 'clv')), max(run_id)) FROM analysis_runs");
        }
        Map<String, Object> run = new LinkedHashMap<>();
        if (id == null) {
            return run;
        }
        List<Map<String, Object>> rows = Db.query(c, "SELECT run_id, as_of, data_from, data_to, result->>'currency' AS currency, "
                + "TRY_CAST(parameters->>'horizon_months' AS INTEGER) AS horizon_months, parameters->>'model' AS model FROM analysis_runs WHERE run_id = ?",
                ((Number) id).longValue());
        if (!rows.isEmpty()) {
            run.putAll(rows.get(0));
        }
        return run;
    }

    private Map<String, Object> summary(long id, Map<String, Object> profile, Map<String, Object> value, Map<String, Object> run,
                                        List<Map<String, Object>> money, List<Map<String, Object>> cases) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("customer_id", id);
        s.put("name", profile.get("name"));
        Object attributes = profile.get("attributes");
        s.put("customer_segment", attributes instanceof JsonNode n && n.path("segment").isTextual() ? n.path("segment").asText() : null);
        s.put("rfm_segment", value.get("rfm_segment"));
        s.put("abc_class", value.get("abc_class"));
        s.put("quadrant", value.get("quadrant"));
        s.put("clv", value.get("clv"));
        s.put("p_alive", value.get("p_alive"));
        s.put("expected_purchases", value.get("expected_purchases"));
        s.put("revenue", value.get("revenue"));
        s.put("currency", run.get("currency"));
        s.put("horizon_months", run.get("horizon_months"));
        s.put("churn_risk", null);
        Map<String, Object> nps = Db.query(c, "SELECT arg_max(nps, responded_at) AS last, avg(nps) AS average, count(nps) AS answers "
                + "FROM feedback WHERE customer_id = ? AND nps IS NOT NULL", id).get(0);
        s.put("nps_last", nps.get("last"));
        s.put("nps_average", nps.get("average") == null ? null : Math.round(((Number) nps.get("average")).doubleValue() * 10) / 10.0);
        s.put("nps_answers", nps.get("answers"));
        s.put("open_cases", cases.stream().filter(k -> List.of("open", "assigned", "in_progress").contains(k.get("status"))).count());
        s.put("open_tickets", Db.queryLong(c, "SELECT count(*) FROM tickets WHERE customer_id = ? AND closed_at IS NULL", id));
        s.put("consent_email", profile.get("consent_email"));
        s.put("consent_sms", profile.get("consent_sms"));
        s.put("orders", money.stream().mapToLong(m -> ((Number) m.get("orders")).longValue()).sum());
        return s;
    }

    /**
     * Why a figure is missing or zero, as codes the dashboard words: no value run; no purchase in the
     * run's data window; a lifetime value of about zero because the model finds the customer has
     * most likely stopped buying (with their usual gap between purchases and their silence since);
     * no NPS answer; churn risk not analysed by any model yet.
     */
    private List<Map<String, Object>> explanations(long id, Map<String, Object> value, Map<String, Object> run, Map<String, Object> summary) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (run.isEmpty()) {
            out.add(reason("clv", "no_value_run"));
        } else if (value.get("clv") == null) {
            boolean clvRun = Db.queryLong(c, "SELECT count(*) FROM analysis_runs WHERE list_contains(analyses, 'clv')") > 0;
            Map<String, Object> r = reason("clv", clvRun ? "no_purchase_in_window" : "no_clv_run");
            r.put("data_from", run.get("data_from"));
            r.put("data_to", run.get("data_to"));
            out.add(r);
        } else if (((Number) value.get("clv")).doubleValue() < NEAR_ZERO) {
            Map<String, Object> r = reason("clv", "model_says_left");
            Map<String, Object> rhythm = Db.query(c, """
                    SELECT count(DISTINCT CAST(ordered_at AS DATE)) AS purchase_days, min(ordered_at) AS first_purchase, max(ordered_at) AS last_purchase
                    FROM orders WHERE customer_id = ? AND status <> 'cancelled' AND ordered_at < CAST(? AS DATE) + 1""", id, run.get("as_of")).get(0);
            long days = ((Number) rhythm.get("purchase_days")).longValue();
            r.putAll(rhythm);
            r.put("p_alive", value.get("p_alive"));
            r.put("days_since_last", value.get("recency_days"));
            r.put("as_of", run.get("as_of"));
            r.put("model", run.get("model"));
            if (days > 1 && rhythm.get("first_purchase") != null) {
                long span = java.time.Duration.between((java.time.LocalDateTime) rhythm.get("first_purchase"),
                        (java.time.LocalDateTime) rhythm.get("last_purchase")).toDays();
                r.put("usual_gap_days", Math.round((double) span / (days - 1)));
            }
            out.add(r);
        }
        if (summary.get("nps_last") == null) {
            out.add(reason("nps", "no_nps_answer"));
        }
        out.add(reason("churn_risk", "not_analysed"));
        return out;
    }

    private static Map<String, Object> reason(String figure, String code) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("figure", figure);
        r.put("reason", code);
        return r;
    }

    private List<Map<String, Object>> feedback(long id) {
        return Db.query(c, """
                SELECT f.source, f.feedback_id, f.responded_at, f.survey, f.touchpoint, f.product_id, f.nps, f.csat, f.ces, left(f.text, 2000) AS text,
                       v.language, round(v.sentiment, 3) AS sentiment, v.label, coalesce(to_json(v.themes), '[]'::JSON) AS themes,
                       coalesce(to_json((SELECT list(t.tag ORDER BY t.tag) FROM comment_tags t WHERE t.source = f.source AND t.feedback_id = f.feedback_id)), '[]'::JSON) AS tags
                FROM feedback f
                LEFT JOIN voice_responses v ON v.source = f.source AND v.feedback_id = f.feedback_id AND v.run_id = (SELECT max(run_id) FROM voice_runs)
                WHERE f.customer_id = ?
                ORDER BY f.responded_at DESC, f.feedback_id LIMIT 50""", id);
    }


    /**
     * The source records merged into the profile, and the merges that joined them: which two records,
     * by which key (e-mail, phone, ...), with which value, and when.
     */
    private Map<String, Object> merged(long id) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", Db.query(c, "SELECT record_id, source, external_id, name, email, phone, country, updated_at FROM customer_records "
                + "WHERE customer_id = ? ORDER BY record_id", id));
        out.put("merges", Db.query(c, """
                SELECT m.merge_id, a.source AS source_a, a.external_id AS record_a, b.source AS source_b, b.external_id AS record_b,
                       lower(m.key_type) AS key_type, m.key_value, m.merged_at
                FROM merges m JOIN customer_records a ON a.record_id = m.record_a JOIN customer_records b ON b.record_id = m.record_b
                WHERE m.undone_at IS NULL AND a.customer_id = ? ORDER BY m.merge_id""", id));
        return out;
    }
}
