package io.clientela.action.rule;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names a condition or template can read: the columns of the stored item of each kind, the
 * customer profile (the {@code customers} columns and the value results of {@code latest_values}),
 * and the product. A name that is not in the catalogue but lies within a typing slip of one
 * ({@code item.npss}, {@code customer.abc_clas}) is refused with the nearest name, since such a rule
 * would silently never fire. An event's properties and a profile's attributes are open sets: a
 * far-off name there is allowed (a customer attribute with a warning); on feedback, orders and
 * tickets the item has exactly its columns.
 */
final class RuleFields {
    /** What every item has, whatever its kind. */
    static final Set<String> ITEM = Set.of("kind", "type", "id", "customer_id", "occurred_at", "source");
    /** The stored columns of each kind of item, as the live rules receive them (plus a feedback's sentiment when given). */
    static final Map<String, Set<String>> ITEM_BY_KIND = Map.of(
            "feedback", Set.of("feedback_id", "customer_key", "responded_at", "survey", "touchpoint", "channel", "product_id", "nps", "csat", "ces",
                    "ratings", "text", "language", "sentiment"),
            "order", Set.of("order_id", "customer_key", "ordered_at", "status", "currency", "channel", "store", "region", "country", "total_amount",
                    "product_id", "product_line", "category", "quantity", "amount"),
            "ticket", Set.of("ticket_id", "customer_key", "opened_at", "closed_at", "category", "channel", "priority", "warranty", "cost", "outcome",
                    "satisfaction", "product_id"),
            "event", Set.of("event_id", "customer_key", "anonymous_id", "session_id", "url", "referrer", "product_id", "properties",
                    "rule_id", "priority", "tag", "case_id", "alert_id", "product_line", "category"));
    /** The profile: customers columns, then the value results of the latest runs. */
    static final Set<String> CUSTOMER = Set.of("customer_id", "name", "first_name", "last_name", "email", "phone", "birth_date", "gender",
            "language", "country", "region", "city", "latitude", "longitude", "acquisition_channel", "acquired_at", "consent_email", "consent_sms",
            "consent_tracking", "account_owner", "attributes", "updated_at", "records",
            "rfm_run", "recency_days", "orders", "revenue", "r_score", "f_score", "m_score", "rfm_segment", "abc_run", "abc_class",
            "quadrant_run", "satisfaction", "quadrant", "clv_run", "p_alive", "expected_purchases", "expected_order_value", "clv");
    static final Set<String> PRODUCT = Set.of("id", "product_id", "name", "category", "price", "currency");

    private RuleFields() {
    }

    /** The outcome of looking a name up: fine, refused (with the reason) or allowed with a warning. */
    record Check(String error, String warning) {
        static final Check OK = new Check(null, null);
    }

    /** Looks {@code namespace.name} up for a rule running on {@code on} (empty for a scheduled rule). */
    static Check check(String namespace, String name, Set<String> on) {
        Set<String> known = known(namespace, on);
        if (known.contains(name)) {
            return Check.OK;
        }
        Optional<String> near = nearest(name, known);
        if (near.isPresent()) {
            return new Check("unknown field '" + namespace + "." + name + "'; did you mean " + namespace + "." + near.get() + "?", null);
        }
        if (namespace.equals("item") && on.contains("event")) {
            return Check.OK; // an event's properties are its own
        }
        if (namespace.equals("customer")) {
            return new Check(null, "customer." + name + " is not a profile column or a value result; it is read from the profile's attributes "
                    + "and is empty for customers whose attributes lack '" + name + "'");
        }
        String of = namespace.equals("item") ? "an item of kind " + String.join(" or ", on) : "a " + namespace;
        return new Check("unknown field '" + namespace + "." + name + "'; " + of + " has " + String.join(", ", known.stream().sorted()
                .map(n -> namespace + "." + n).toList()), null);
    }

    private static Set<String> known(String namespace, Set<String> on) {
        return switch (namespace) {
            case "customer" -> CUSTOMER;
            case "product" -> PRODUCT;
            default -> {
                Set<String> all = new LinkedHashSet<>(ITEM);
                on.forEach(k -> all.addAll(ITEM_BY_KIND.getOrDefault(k, Set.of())));
                yield all;
            }
        };
    }

    /** The known name a slip of one or two letters away (never more than a third of the name), if one is. */
    static Optional<String> nearest(String name, Set<String> known) {
        int limit = Math.min(2, Math.max(1, name.length() / 3));
        return known.stream().map(k -> Map.entry(k, distance(name.toLowerCase(java.util.Locale.ROOT), k)))
                .filter(e -> e.getValue() <= limit)
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    /** Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Every path an expression reads. */
    static void paths(Expr e, List<Expr.Path> out) {
        if (e instanceof Expr.Path p) {
            out.add(p);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> paths(a, out));
        } else if (e instanceof Expr.Binary b) {
            paths(b.left(), out);
            paths(b.right(), out);
        } else if (e instanceof Expr.Unary u) {
            paths(u.operand(), out);
        } else if (e instanceof Expr.ListOf l) {
            l.items().forEach(i -> paths(i, out));
        }
    }
}
