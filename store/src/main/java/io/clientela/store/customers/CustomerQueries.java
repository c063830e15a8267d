package io.clientela.store.customers;

import io.clientela.core.identity.Identities;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.value.ValueStore;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds customers and assembles the Customer 360: profile, identities with their sources, headline
 * figures and one timeline across every touchpoint, newest first.
 */
public final class CustomerQueries {
    private final Connection c;
    private final String defaultCountry;

    public CustomerQueries(Handle h, String defaultCountry) {
        this.c = h.connection();
        this.defaultCountry = defaultCountry;
    }

    /**
     * The customer for an id in any source system, an e-mail, a phone number, or Clientela's own
     * customer number (tried in that order).
     */
    public long find(String query) {
        String q = query.strip();
        List<String> candidates = new ArrayList<>();
        Identities.email(q).ifPresent(candidates::add);
        Identities.phone(q, defaultCountry).ifPresent(candidates::add);
        Optional<Long> hit = first("SELECT r.customer_id FROM customer_records r WHERE r.external_id = ? ORDER BY r.record_id LIMIT 1", q);
        for (int i = 0; hit.isEmpty() && i < candidates.size(); i++) {
            hit = first("SELECT r.customer_id FROM identities i JOIN customer_records r USING (record_id) WHERE i.value = ? "
                    + "ORDER BY r.record_id LIMIT 1", candidates.get(i));
        }
        if (hit.isEmpty() && q.matches("\\d{1,18}")) {
            hit = first("SELECT customer_id FROM customers WHERE customer_id = ?", Long.parseLong(q));
        }
        return hit.orElseThrow(() -> new CustomerNotFoundException("no customer matches '" + q
                + "' (tried source ids, e-mail, phone and customer numbers)"));
    }

    private Optional<Long> first(String sql, Object param) {
        Long v = Db.queryLong(c, sql, param);
        return Optional.ofNullable(v);
    }

    /** The Customer 360 as an ordered map, ready for JSON or a text rendering. */
    public Map<String, Object> show(long customerId, int timelineLimit) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> profile = Db.query(c, "SELECT * FROM customers WHERE customer_id = ?", customerId);
        if (profile.isEmpty()) {
            throw new CustomerNotFoundException("customer " + customerId + " does not exist");
        }
        Map<String, Object> p = profile.get(0);
        p.values().removeIf(v -> v == null);
        out.put("customer", p);
        out.put("identities", Db.query(c, "SELECT i.type, i.value, r.source, r.external_id FROM identities i JOIN customer_records r "
                + "USING (record_id) WHERE r.customer_id = ? ORDER BY r.record_id, i.type", customerId));
        out.put("figures", figures(customerId));
        out.put("value", new ValueStore(Handle.on(c)).latestValues(customerId).orElse(Map.of()));
        out.put("timeline", timeline(customerId, timelineLimit));
        out.put("feedback", io.clientela.store.voice.VoiceResults.feedbackOf(Handle.on(c), customerId, 10));
        return out;
    }

    private Map<String, Object> figures(long id) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.putAll(Db.query(c, "SELECT count(*) FILTER (WHERE status <> 'cancelled') AS orders, count(*) FILTER (WHERE status = 'cancelled') "
                + "AS cancelled_orders, coalesce(sum(total_amount), 0) AS net_revenue, min(ordered_at) FILTER (WHERE status <> 'cancelled') "
                + "AS first_purchase, max(ordered_at) FILTER (WHERE status <> 'cancelled') AS last_purchase, string_agg(DISTINCT currency, ',') "
                + "AS currencies FROM orders WHERE customer_id = ?", id).get(0));
        f.put("open_tickets", Db.queryLong(c, "SELECT count(*) FROM tickets WHERE customer_id = ? AND closed_at IS NULL", id));
        f.put("tickets", Db.queryLong(c, "SELECT count(*) FROM tickets WHERE customer_id = ?", id));
        f.put("last_nps", Db.queryValue(c, "SELECT nps FROM feedback WHERE customer_id = ? AND nps IS NOT NULL ORDER BY responded_at DESC LIMIT 1", id));
        f.put("events", Db.queryLong(c, "SELECT count(*) FROM events WHERE customer_id = ?", id));
        return f;
    }

    /**
     * One query per touchpoint, each answered from its customer index, merged newest first: a
     * single UNION ALL would make DuckDB scan the large tables instead.
     */
    private static final List<String> TIMELINE = List.of(
            "SELECT ordered_at AS occurred_at, 'order' AS kind, source, order_id || ' ' || status || ' ' || coalesce(CAST(total_amount AS VARCHAR), '')"
                    + " || ' ' || coalesce(currency, '') || coalesce(' via ' || channel, '') AS detail FROM orders WHERE customer_id = ?",
            "SELECT occurred_at, 'event' AS kind, source, type || coalesce(' ' || product_id, '') || coalesce(' ' || url, '') AS detail "
                    + "FROM events WHERE customer_id = ?",
            "SELECT opened_at AS occurred_at, 'ticket' AS kind, source, ticket_id || ' ' || coalesce(category, '') || ' (' || coalesce(priority, '') || ')'"
                    + " || CASE WHEN closed_at IS NULL THEN ' open' ELSE ' closed: ' || coalesce(outcome, '') END AS detail FROM tickets WHERE customer_id = ?",
            "SELECT responded_at AS occurred_at, 'feedback' AS kind, source, coalesce(survey, 'survey') || coalesce(' NPS ' || nps, '')"
                    + " || coalesce(' CSAT ' || csat, '') || coalesce(' CES ' || ces, '') || coalesce(': ' || left(text, 120), '') AS detail "
                    + "FROM feedback WHERE customer_id = ?",
            "SELECT coalesce(closed_at, created_at) AS occurred_at, 'opportunity' AS kind, source, coalesce(name, opportunity_id) || ' '"
                    + " || coalesce(stage, '') || ' ' || coalesce(status, '') || coalesce(' ' || CAST(amount AS VARCHAR), '') AS detail "
                    + "FROM opportunities WHERE customer_id = ?",
            "SELECT occurred_at, 'activity' AS kind, source, coalesce(type, '') || ' ' || coalesce(outcome, '') AS detail FROM activities "
                    + "WHERE customer_id = ?",
            "SELECT contacted_at AS occurred_at, 'campaign' AS kind, source, campaign_id || CASE WHEN responded THEN ' responded' ELSE '' END"
                    + " || CASE WHEN converted THEN ' converted' ELSE '' END AS detail FROM campaign_contacts WHERE customer_id = ?");

    private List<Map<String, Object>> timeline(long customerId, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String sql : TIMELINE) {
            all.addAll(Db.query(c, sql, customerId));
        }
        all.sort(java.util.Comparator.comparing((Map<String, Object> m) -> (java.time.LocalDateTime) m.get("occurred_at"),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).thenComparing(m -> (String) m.get("kind")));
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }


    /** For each profile value, the source record it came from (the most recent record holding that value). */
    private Map<String, Object> provenance(long customerId) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> profile = Db.query(c, "SELECT * FROM customers WHERE customer_id = ?", customerId);
        if (profile.isEmpty()) {
            return out;
        }
        for (Map.Entry<String, Object> e : profile.get(0).entrySet()) {
            String field = e.getKey();
            if (e.getValue() == null || List.of("customer_id", "records", "updated_at", "attributes").contains(field)) {
                continue;
            }
            String from = Db.queryString(c, "SELECT source || ':' || external_id FROM customer_records WHERE customer_id = ? AND "
                    + Db.ident(field) + " = (SELECT " + Db.ident(field) + " FROM customers WHERE customer_id = ?) "
                    + "ORDER BY updated_at DESC NULLS LAST, record_id DESC LIMIT 1", customerId, customerId);
            out.put(field, from);
        }
        return out;
    }

    /** Why the customer's records belong together, and which record gave each profile value. */
    public Map<String, Object> explain(long customerId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customer_id", customerId);
        out.put("records", Db.query(c, "SELECT record_id, source, external_id, email, phone, country, updated_at FROM customer_records "
                + "WHERE customer_id = ? ORDER BY record_id", customerId));
        out.put("merges", Db.query(c, "SELECT merge_id, record_a, record_b, key_type, key_value, reason, merged_at, import_id FROM merges m "
                + "WHERE undone_at IS NULL AND record_a IN (SELECT record_id FROM customer_records WHERE customer_id = ?) ORDER BY merge_id",
                customerId));
        out.put("provenance", provenance(customerId));
        out.put("undone_merges", Db.query(c, "SELECT merge_id, reason, undone_at FROM merges WHERE undone_at IS NOT NULL AND (record_a IN "
                + "(SELECT record_id FROM customer_records WHERE customer_id = ?) OR record_b IN (SELECT record_id FROM customer_records "
                + "WHERE customer_id = ?)) ORDER BY merge_id", customerId, customerId));
        return out;
    }
}
