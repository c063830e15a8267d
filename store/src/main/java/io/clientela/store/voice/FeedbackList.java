package io.clientela.store.voice;

import io.clientela.store.query.AgentScope;
import io.clientela.store.query.Conditions;
import io.clientela.store.query.ListQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The feedback list: surveys and reviews with their text, filtered and within the caller's scope (an agent sees their customers'). */
public final class FeedbackList {
    private FeedbackList() {
    }

    /**
     * Which feedback. A range is applied when either of its ends is given ({@code nps} and {@code csat}
     * as {@code {min, max}}, null for none); the period runs from the start of {@code from} to the end of {@code to}.
     */
    public record Selection(List<String> channel, List<String> survey, Long customerId, int[] nps, int[] csat, LocalDate from, LocalDate to,
                            String text) {
    }

    public static ListQuery of(Selection s, AgentScope scope) {
        List<Object> p = new ArrayList<>();
        List<String> and = new ArrayList<>();
        Conditions.in(and, p, "f.channel", s.channel());
        Conditions.in(and, p, "f.survey", s.survey());
        Conditions.equal(and, p, "f.customer_id", s.customerId());
        range(and, p, "f.nps", s.nps());
        range(and, p, "f.csat", s.csat());
        if (s.from() != null) {
            and.add("f.responded_at >= ?");
            p.add(s.from().atStartOfDay());
        }
        if (s.to() != null) {
            and.add("f.responded_at < ?");
            p.add(s.to().plusDays(1).atStartOfDay());
        }
        if (s.text() != null) {
            and.add("contains(lower(f.text), lower(?))");
            p.add(s.text());
        }
        and.add(scope.customers("f.customer_id", p));
        return new ListQuery("""
                f.source, f.feedback_id, f.customer_id, f.responded_at, f.survey, f.touchpoint, f.channel, f.product_id, f.nps, f.csat, \
                f.ces, f.language, f.text""", "feedback f WHERE " + String.join(" AND ", and), p,
                Set.of("responded_at", "nps", "csat", "customer_id", "channel", "survey"), "responded_at");
    }

    private static void range(List<String> and, List<Object> p, String column, int[] range) {
        if (range != null) {
            and.add(column + " BETWEEN ? AND ?");
            p.add(range[0]);
            p.add(range[1]);
        }
    }
}
