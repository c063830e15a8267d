package io.clientela.app.rest;

import java.util.List;

/**
 * The feedback a voice page counts under the dashboard's filters, as a FROM ... WHERE clause over
 * {@code feedback f}: the period on the response day, the customer filters (country, region,
 * channel, segment, ABC class, quadrant of the latest value run) on its customer, and, with a voice
 * run, that run's reading of each response as {@code r}. Customers and value results are joined
 * only when a customer filter is given.
 */
final class VoiceScope {
    private VoiceScope() {
    }

    /** Appends the bound parameters to {@code p} in the order of their placeholders. */
    static String of(Call call, Filters f, Long voiceRun, List<Object> p) {
        StringBuilder sql = new StringBuilder("feedback f");
        if (voiceRun != null) {
            sql.append(" JOIN voice_responses r ON r.source = f.source AND r.feedback_id = f.feedback_id AND r.run_id = ?");
            p.add(voiceRun);
        }
        if (f.onCustomers()) {
            sql.append(" JOIN customers c ON c.customer_id = f.customer_id LEFT JOIN customer_values v ON v.customer_id = f.customer_id AND v.run_id = ?");
            p.add(Runs.latest(call.c()));
        }
        sql.append(" WHERE true");
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
        return sql.toString();
    }
}
