package io.clientela.ingest;

import static io.clientela.ingest.FieldType.BOOLEAN;
import static io.clientela.ingest.FieldType.DATE;
import static io.clientela.ingest.FieldType.DECIMAL;
import static io.clientela.ingest.FieldType.INTEGER;
import static io.clientela.ingest.FieldType.JSON;
import static io.clientela.ingest.FieldType.STRING;
import static io.clientela.ingest.FieldType.TIMESTAMP;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue of canonical entities (see docs/mappings.md, which lists the same fields). */
public final class Entities {
    private static final Map<String, Entity> ALL = new LinkedHashMap<>();

    static {
        add("customers", "customer_id", true, f("customer_id", STRING, "name", STRING, "first_name", STRING, "last_name", STRING,
                "email", STRING, "phone", STRING, "birth_date", DATE, "gender", STRING, "language", STRING, "country", STRING,
                "region", STRING, "city", STRING, "latitude", DECIMAL, "longitude", DECIMAL, "acquisition_channel", STRING,
                "acquired_at", TIMESTAMP, "consent_email", BOOLEAN, "consent_sms", BOOLEAN, "consent_tracking", BOOLEAN,
                "account_owner", STRING, "updated_at", TIMESTAMP));
        add("products", "product_id", false, f("product_id", STRING, "name", STRING, "category", STRING, "price", DECIMAL,
                "cost", DECIMAL, "currency", STRING));
        add("orders", "order_id", true, f("order_id", STRING, "customer_id", STRING, "customer_email", STRING,
                "ordered_at", TIMESTAMP, "status", STRING, "currency", STRING, "channel", STRING, "store", STRING,
                "region", STRING, "country", STRING, "total_amount", DECIMAL));
        add("order_lines", null, true, f("order_id", STRING, "line_no", INTEGER, "product_id", STRING, "product_name", STRING,
                "category", STRING, "quantity", INTEGER, "unit_price", DECIMAL, "amount", DECIMAL, "currency", STRING,
                "ordered_at", TIMESTAMP, "customer_id", STRING, "customer_email", STRING, "status", STRING, "channel", STRING,
                "store", STRING, "region", STRING, "country", STRING, "returned_quantity", INTEGER));
        add("events", "event_id", true, f("event_id", STRING, "customer_id", STRING, "customer_email", STRING,
                "anonymous_id", STRING, "type", STRING, "occurred_at", TIMESTAMP, "channel", STRING, "session_id", STRING,
                "url", STRING, "referrer", STRING, "product_id", STRING, "properties", JSON));
        add("tickets", "ticket_id", true, f("ticket_id", STRING, "customer_id", STRING, "customer_email", STRING,
                "opened_at", TIMESTAMP, "closed_at", TIMESTAMP, "category", STRING, "channel", STRING, "priority", STRING,
                "warranty", BOOLEAN, "cost", DECIMAL, "outcome", STRING, "satisfaction", INTEGER));
        add("feedback", "feedback_id", true, f("feedback_id", STRING, "customer_id", STRING, "customer_email", STRING,
                "responded_at", TIMESTAMP, "survey", STRING, "touchpoint", STRING, "channel", STRING, "product_id", STRING,
                "nps", INTEGER, "csat", INTEGER, "ces", INTEGER, "ratings", JSON, "text", STRING, "language", STRING));
        add("opportunities", "opportunity_id", true, f("opportunity_id", STRING, "customer_id", STRING, "name", STRING,
                "stage", STRING, "amount", DECIMAL, "currency", STRING, "owner", STRING, "created_at", TIMESTAMP,
                "expected_close", DATE, "closed_at", TIMESTAMP, "status", STRING));
        add("activities", "activity_id", true, f("activity_id", STRING, "opportunity_id", STRING, "customer_id", STRING,
                "type", STRING, "outcome", STRING, "occurred_at", TIMESTAMP, "owner", STRING));
        add("campaigns", "campaign_id", false, f("campaign_id", STRING, "name", STRING, "channel", STRING, "cost", DECIMAL,
                "currency", STRING, "started_at", TIMESTAMP, "ended_at", TIMESTAMP));
        add("campaign_contacts", null, true, f("campaign_id", STRING, "customer_id", STRING, "customer_email", STRING,
                "contacted_at", TIMESTAMP, "responded", BOOLEAN, "responded_at", TIMESTAMP, "converted", BOOLEAN,
                "revenue", DECIMAL));
        add("sales_targets", null, false, f("period", STRING, "period_start", DATE, "period_end", DATE, "owner", STRING,
                "region", STRING, "amount", DECIMAL, "currency", STRING));
    }

    private Entities() {
    }

    private static void add(String name, String key, boolean customerFacts, Map<String, FieldType> fields) {
        ALL.put(name, new Entity(name, key, fields, customerFacts));
    }

    private static Map<String, FieldType> f(Object... pairs) {
        Map<String, FieldType> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (FieldType) pairs[i + 1]);
        }
        return m;
    }

    public static Optional<Entity> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static List<Entity> all() {
        return List.copyOf(ALL.values());
    }
}
