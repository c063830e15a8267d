package io.clientela.store.profiles;

import static io.clientela.store.Db.ident;
import static io.clientela.store.Db.literal;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the golden profile of customers in one SQL aggregate: per field, the value of the record
 * that wins under the field's strategy. {@code most_recent}: the latest non-empty value by the
 * record's {@code updated_at} (records without one count as oldest; ties go to the later record).
 * {@code source_priority}: the first source in the configured order that has a value, then most
 * recent.
 */
final class SurvivorshipSql {
    static final List<String> FIELDS = List.of("name", "first_name", "last_name", "email", "phone", "birth_date", "gender", "language",
            "country", "region", "city", "latitude", "longitude", "acquisition_channel", "acquired_at", "consent_email", "consent_sms",
            "consent_tracking", "account_owner");
    private final SurvivorshipPolicy policy;

    SurvivorshipSql(SurvivorshipPolicy policy) {
        this.policy = policy;
    }

    /** INSERT INTO customers for the customers listed in temp table {@code affected(customer_id)}. */
    String insertAffected() {
        List<String> cols = new ArrayList<>();
        for (String f : FIELDS) {
            cols.add("arg_max(" + ident(f) + ", " + order(f) + ") FILTER (WHERE " + ident(f) + " IS NOT NULL) AS " + ident(f));
        }
        return "INSERT INTO customers SELECT customer_id, " + String.join(", ", cols)
                + ", arg_max(attributes, " + order("attributes") + ") FILTER (WHERE attributes IS NOT NULL) AS attributes, max(updated_at), count(*) "
                + "FROM customer_records WHERE customer_id IN (SELECT customer_id FROM affected) GROUP BY customer_id";
    }

    private String order(String field) {
        String recency = "coalesce(updated_at, TIMESTAMP '0001-01-01'), record_id";
        if (policy.strategy(field) == SurvivorshipPolicy.Strategy.SOURCE_PRIORITY && !policy.sourcePriority().isEmpty()) {
            StringBuilder rank = new StringBuilder("CASE source");
            List<String> sources = policy.sourcePriority();
            for (int i = 0; i < sources.size(); i++) {
                rank.append(" WHEN ").append(literal(sources.get(i))).append(" THEN ").append(sources.size() - i);
            }
            rank.append(" ELSE 0 END");
            return "(" + rank + ", " + recency + ")";
        }
        return "(" + recency + ")";
    }
}
