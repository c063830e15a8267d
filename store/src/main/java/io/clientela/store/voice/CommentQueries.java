package io.clientela.store.voice;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.query.AgentScope;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.value.ValueRuns;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comments behind the voice figures: feedback responses with text, with the latest voice run's
 * reading of each (language, sentiment label, themes) and the tags staff gave them (table
 * comment_tags, migration V013). Filters are SQL; the term filter needs the language analyzer and is
 * applied by the caller over {@link #candidates}.
 */
public final class CommentQueries {
    /** Sort keys of the comment list and their columns. */
    public static final Map<String, String> SORTS = Map.of("date", "f.responded_at", "nps", "f.nps", "sentiment", "r.sentiment");
    private final Connection c;

    public CommentQueries(Handle h) {
        this.c = h.connection();
    }

    /**
     * Which comments. {@code sentiment} is a label (positive, neutral, negative), {@code npsGroup}
     * promoter (9-10), passive (7-8) or detractor (0-6); nulls do not filter.
     */
    public record Selection(CustomerFilter customers, String theme, String sentiment, String language, String npsGroup, String product,
                            String q, String tag) {
    }

    /** The latest voice run, or null before the first. */
    public Long voiceRun() {
        return Db.queryLong(c, "SELECT max(run_id) FROM voice_runs");
    }

    private String from(Selection s, AgentScope scope, List<Object> p) {
        StringBuilder sql = new StringBuilder("feedback f LEFT JOIN voice_responses r ON r.source = f.source AND r.feedback_id = f.feedback_id "
                + "AND r.run_id = ?");
        Long run = voiceRun();
        p.add(run == null ? -1L : run);
        CustomerFilter f = s.customers();
        if (f.onCustomers()) {
            sql.append(" JOIN customers c ON c.customer_id = f.customer_id LEFT JOIN customer_values v ON v.customer_id = f.customer_id AND v.run_id = ?");
            p.add(new ValueRuns(Handle.on(c)).latest());
        }
        sql.append(" WHERE f.text IS NOT NULL AND trim(f.text) <> ''");
        if (f.from() != null) {
            sql.append(" AND f.responded_at >= ?");
            p.add(f.from().atStartOfDay());
        }
        if (f.to() != null) {
            sql.append(" AND f.responded_at < ?");
            p.add(f.to().plusDays(1).atStartOfDay());
        }
        if (f.onCustomers()) {
            sql.append(" AND ").append(f.where(p));
        }
        if (s.theme() != null) {
            sql.append(" AND list_contains(r.themes, ?)");
            p.add(s.theme());
        }
        if (s.sentiment() != null) {
            sql.append(" AND r.label = ?");
            p.add(s.sentiment());
        }
        if (s.language() != null) {
            sql.append(" AND coalesce(r.language, f.language) = ?");
            p.add(s.language());
        }
        if (s.npsGroup() != null) {
            sql.append(switch (s.npsGroup()) {
                case "promoter" -> " AND f.nps >= 9";
                case "passive" -> " AND f.nps BETWEEN 7 AND 8";
                default -> " AND f.nps <= 6";
            });
        }
        if (s.product() != null) {
            sql.append(" AND f.product_id = ?");
            p.add(s.product());
        }
        if (s.q() != null) {
            sql.append(" AND contains(lower(f.text), lower(?))");
            p.add(s.q());
        }
        if (s.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM comment_tags t WHERE t.source = f.source AND t.feedback_id = f.feedback_id AND t.tag = ?)");
            p.add(s.tag());
        }
        sql.append(" AND ").append(scope.customers("f.customer_id", p));
        return sql.toString();
    }

    /** How many comments match. */
    public long count(Selection s, AgentScope scope) {
        List<Object> p = new ArrayList<>();
        String from = from(s, scope, p);
        return Db.queryLong(c, "SELECT count(*) FROM " + from, p.toArray());
    }

    /** One page of the matching comments, sorted by {@code sort} (a key of {@link #SORTS}), ties by id. */
    public List<Map<String, Object>> page(Selection s, AgentScope scope, String sort, boolean descending, int offset, int size) {
        List<Object> p = new ArrayList<>();
        String from = from(s, scope, p);
        p.add(size);
        p.add(offset);
        return rows("SELECT " + COLUMNS + " FROM " + from + " ORDER BY " + SORTS.get(sort) + (descending ? " DESC" : " ASC")
                + " NULLS LAST, f.source, f.feedback_id LIMIT ? OFFSET ?", p);
    }

    /**
     * Every matching comment's key, sort values, language and text, for a filter applied in Java (the
     * term), narrowed to texts containing one of {@code fragments} (compared lower-case and without accents).
     */
    public List<Map<String, Object>> candidates(Selection s, AgentScope scope, List<String> fragments) {
        List<Object> p = new ArrayList<>();
        String from = from(s, scope, p);
        StringBuilder any = new StringBuilder();
        for (String f : fragments) {
            any.append(any.isEmpty() ? " AND (" : " OR ").append("contains(strip_accents(lower(f.text)), ?)");
            p.add(f);
        }
        if (!any.isEmpty()) {
            any.append(')');
        }
        return Db.query(c, "SELECT f.source, f.feedback_id, f.responded_at, f.nps, r.sentiment, coalesce(r.language, f.language) AS language, "
                + "f.text FROM " + from + any, p.toArray());
    }

    /** The comments of these keys ({source, feedback_id}), in the order given. */
    public List<Map<String, Object>> byKeys(List<String[]> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object> p = new ArrayList<>();
        p.add(voiceRunOrNone());
        StringBuilder in = new StringBuilder();
        for (String[] k : keys) {
            in.append(in.isEmpty() ? "" : ", ").append("(?, ?)");
            p.add(k[0]);
            p.add(k[1]);
        }
        List<Map<String, Object>> rows = rows("SELECT " + COLUMNS + " FROM feedback f LEFT JOIN voice_responses r ON r.source = f.source "
                + "AND r.feedback_id = f.feedback_id AND r.run_id = ? WHERE (f.source, f.feedback_id) IN (" + in + ")", p);
        List<Map<String, Object>> ordered = new ArrayList<>();
        for (String[] k : keys) {
            rows.stream().filter(r -> k[0].equals(r.get("source")) && k[1].equals(r.get("feedback_id"))).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }

    private long voiceRunOrNone() {
        Long run = voiceRun();
        return run == null ? -1L : run;
    }

    private static final String COLUMNS = """
            f.source, f.feedback_id, f.customer_id, f.responded_at, f.survey, f.product_id, f.nps, f.csat, f.ces, f.text,
            coalesce(r.language, f.language) AS language, round(r.sentiment, 3) AS sentiment, r.label, coalesce(to_json(r.themes), '[]'::JSON) AS themes,
            coalesce(to_json((SELECT list(t.tag ORDER BY t.tag) FROM comment_tags t WHERE t.source = f.source AND t.feedback_id = f.feedback_id)), '[]'::JSON) AS tags""";

    private List<Map<String, Object>> rows(String sql, List<Object> p) {
        return Db.query(c, sql, p.toArray());
    }

    /** The response's customer, or empty when there is no such response. */
    public java.util.Optional<Long> customerOf(String source, String feedbackId) {
        List<Map<String, Object>> r = Db.query(c, "SELECT customer_id FROM feedback WHERE source = ? AND feedback_id = ?", source, feedbackId);
        return r.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(r.get(0).get("customer_id") == null ? -1L
                : ((Number) r.get(0).get("customer_id")).longValue());
    }

    /** Adds a tag to a response (nothing when it has it already); true when added. */
    public boolean tag(String source, String feedbackId, String tag, String by, LocalDateTime at) {
        return Db.update(c, "INSERT INTO comment_tags SELECT f.source, f.feedback_id, ?, f.customer_id, ?, ? FROM feedback f WHERE f.source = ? "
                + "AND f.feedback_id = ? AND NOT EXISTS (SELECT 1 FROM comment_tags t WHERE t.source = f.source AND t.feedback_id = f.feedback_id "
                + "AND t.tag = ?)", tag, by, at, source, feedbackId, tag) > 0;
    }

    /** Removes a tag from a response; true when it had it. */
    public boolean untag(String source, String feedbackId, String tag) {
        return Db.update(c, "DELETE FROM comment_tags WHERE source = ? AND feedback_id = ? AND tag = ?", source, feedbackId, tag) > 0;
    }

    /** The tags in use, most used first. */
    public List<Map<String, Object>> tags() {
        return Db.query(c, "SELECT tag, count(*) AS comments FROM comment_tags GROUP BY tag ORDER BY comments DESC, tag LIMIT 200");
    }
}
