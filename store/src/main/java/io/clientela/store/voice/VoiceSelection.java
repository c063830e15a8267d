package io.clientela.store.voice;

import io.clientela.store.Handle;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.value.ValueRuns;
import java.sql.Connection;
import java.util.List;

/**
 * The responses a voice page counts under the dashboard's filters, as a FROM ... WHERE clause: with a
 * voice run, that run's reading of each response ({@code voice_responses r}, which keeps the
 * response's time and NPS answer); without, the stored feedback itself ({@code feedback f}). The
 * period applies to the response time, the customer filters (country, region, channel, segment,
 * ABC class, quadrant of the latest value run) to its customer; customers and value results are
 * joined only when a customer filter is given (and only then is the latest value run looked up).
 */
final class VoiceSelection {
    /** The month of a response as a number yyyymm, cheaper to group by than a formatted string. */
    static final String MONTH = "year(%1$s.responded_at) * 100 + month(%1$s.responded_at)";

    private VoiceSelection() {
    }

    /** Appends the bound parameters to {@code p} in the order of their placeholders. */
    static String of(Connection c, CustomerFilter f, Long voiceRun, List<Object> p) {
        String t = voiceRun == null ? "f" : "r";
        StringBuilder sql = new StringBuilder(voiceRun == null ? "feedback f" : "voice_responses r");
        if (f.onCustomers()) {
            sql.append(" JOIN customers c ON c.customer_id = ").append(t).append(".customer_id LEFT JOIN customer_values v ON v.customer_id = ")
                    .append(t).append(".customer_id AND v.run_id = ?");
            p.add(new ValueRuns(Handle.on(c)).latest());
        }
        if (voiceRun == null) {
            sql.append(" WHERE true");
        } else {
            sql.append(" WHERE r.run_id = ?");
            p.add(voiceRun);
        }
        if (f.from() != null) {
            sql.append(" AND ").append(t).append(".responded_at >= ?");
            p.add(f.from().atStartOfDay());
        }
        if (f.to() != null) {
            sql.append(" AND ").append(t).append(".responded_at < ?");
            p.add(f.to().plusDays(1).atStartOfDay());
        }
        if (f.onCustomers()) {
            sql.append(" AND ").append(f.where(p));
        }
        return sql.toString();
    }

    /** {@code AND r.language IN (...)} for the languages asked for (nothing for none). */
    static String languages(List<String> languages, List<Object> p) {
        if (languages.isEmpty()) {
            return "";
        }
        p.addAll(languages);
        return " AND r.language IN (" + String.join(", ", languages.stream().map(x -> "?").toList()) + ")";
    }

    /** {@code yyyymm} as "yyyy-mm". */
    static String month(Object yyyymm) {
        int m = ((Number) yyyymm).intValue();
        return String.format("%04d-%02d", m / 100, m % 100);
    }
}
