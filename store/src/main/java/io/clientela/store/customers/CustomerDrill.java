package io.clientela.store.customers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The drill-down filters of the customer list behind a chart, as SQL conditions with bound values
 * over the customer profile {@code c} and its value results {@code v} of one value run: an RFM
 * segment, an RFM cell ({@code r}, {@code f} scores 1-5), a CLV range, an acquisition cohort (month
 * of the first purchase, as the cohort table counts it) and, with {@code month}, those of the cohort
 * who bought that many months after it; a feedback theme (of a voice run) or term. Each is null for
 * no condition. Theme and term look at the responses of the period {@code from}..{@code to} when
 * one is given.
 *
 * @param voiceRun the voice run whose themes are read (null: no voice run, a theme matches nobody)
 * @param asOf     the as-of date of the value run: orders after it do not count for {@code month} (null: no limit)
 */
public record CustomerDrill(String rfmSegment, Integer r, Integer f, Double clvMin, Double clvMax, YearMonth cohort, Integer month,
                            String theme, String term, Long voiceRun, LocalDate from, LocalDate to, LocalDate asOf) {
    /** No drill filter. */
    public static final CustomerDrill NONE = new CustomerDrill(null, null, null, null, null, null, null, null, null, null, null, null, null);

    public CustomerDrill {
        if (r != null && (r < 1 || r > 5)) {
            throw new IllegalArgumentException("r: expected a score from 1 to 5, got " + r);
        }
        if (f != null && (f < 1 || f > 5)) {
            throw new IllegalArgumentException("f: expected a score from 1 to 5, got " + f);
        }
        if (month != null && (cohort == null || month < 0)) {
            throw new IllegalArgumentException("month: expected months since a cohort, got " + month + " with cohort " + cohort);
        }
    }

    /** The conditions joined by AND ({@code true} for none); their values are added to {@code p} in placeholder order. */
    public String where(List<Object> p) {
        List<String> and = new ArrayList<>();
        if (rfmSegment != null) {
            and.add("v.rfm_segment = ?");
            p.add(rfmSegment);
        }
        if (r != null) {
            and.add("v.r_score = ?");
            p.add(r);
        }
        if (f != null) {
            and.add("v.f_score = ?");
            p.add(f);
        }
        if (clvMin != null) {
            and.add("v.clv >= ?");
            p.add(clvMin);
        }
        if (clvMax != null) {
            and.add("v.clv <= ?");
            p.add(clvMax);
        }
        if (cohort != null) {
            and.add("v.first_order >= ? AND v.first_order < ?");
            p.add(cohort.atDay(1));
            p.add(cohort.plusMonths(1).atDay(1));
        }
        if (month != null) {
            // a purchase in that month, as the value run counts one: not cancelled, not a refund, up to the run's as-of date
            YearMonth m = cohort.plusMonths(month);
            LocalDate end = m.plusMonths(1).atDay(1);
            if (asOf != null && asOf.plusDays(1).isBefore(end)) {
                end = asOf.plusDays(1);
            }
            and.add("""
                    c.customer_id IN (SELECT o.customer_id FROM orders o WHERE o.customer_id IS NOT NULL AND o.status <> 'cancelled' \
                    AND coalesce(o.total_amount, 0) >= 0 AND o.ordered_at >= ? AND o.ordered_at < ?)""");
            p.add(m.atDay(1).atStartOfDay());
            p.add(end.atStartOfDay());
        }
        if (theme != null) {
            List<Object> period = new ArrayList<>();
            and.add("c.customer_id IN (SELECT x.customer_id FROM voice_responses x WHERE x.run_id = ? AND list_contains(x.themes, ?)"
                    + period(period) + ")");
            p.add(voiceRun == null ? -1L : voiceRun);
            p.add(theme);
            p.addAll(period);
        }
        if (term != null) {
            List<Object> period = new ArrayList<>();
            and.add("c.customer_id IN (SELECT x.customer_id FROM feedback x WHERE x.customer_id IS NOT NULL AND regexp_matches(lower(x.text), ?)"
                    + period(period) + ")");
            p.add(termPattern(term));
            p.addAll(period);
        }
        return and.isEmpty() ? "true" : String.join(" AND ", and);
    }

    /**
     * The pattern of a term in a lower-cased text: where words are separated by spaces, the term at
     * the start of a word (so "deliver" finds "delivered"); in Chinese or Japanese text, anywhere.
     */
    static String termPattern(String term) {
        String t = term.toLowerCase(java.util.Locale.ROOT).strip();
        String quoted = java.util.regex.Pattern.quote(t);
        return t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA)
                ? quoted : "(^|[^\\pL\\pN_])" + quoted;
    }

    /** The period's conditions on the responses {@code x}; its values are added to {@code p}. */
    private String period(List<Object> p) {
        String w = "";
        if (from != null) {
            w += " AND x.responded_at >= ?";
            p.add(from.atStartOfDay());
        }
        if (to != null) {
            w += " AND x.responded_at < ?";
            p.add(to.plusDays(1).atStartOfDay());
        }
        return w;
    }

    /** Whether any condition is given. */
    /** The RFM segments value run {@code run} gave, in order: the values a drill may name. */
    public static List<String> rfmSegments(io.clientela.store.Handle h, long run) {
        return io.clientela.store.Db.query(h.connection(), "SELECT DISTINCT rfm_segment FROM customer_values WHERE run_id = ? "
                + "AND rfm_segment IS NOT NULL ORDER BY 1", run).stream().map(r -> (String) r.get("rfm_segment")).toList();
    }

    /** The as-of date of analysis run {@code run} (a cohort month counts purchases up to it), or null when there is no such run. */
    public static java.time.LocalDate asOf(io.clientela.store.Handle h, long run) {
        return (java.time.LocalDate) io.clientela.store.Db.queryValue(h.connection(), "SELECT as_of FROM analysis_runs WHERE run_id = ?", run);
    }

    public boolean any() {
        return rfmSegment != null || r != null || f != null || clvMin != null || clvMax != null || cohort != null || theme != null || term != null;
    }
}
