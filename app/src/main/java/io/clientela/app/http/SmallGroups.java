package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientela.store.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The minimum group size of the aggregates that roles without personal data (viewer sessions, read
 * keys) see, {@code privacy.min_group_size} in {@code clientela.yaml} (default 5). A narrow filter
 * must not turn an aggregate into one customer's figures, so every group (a segment, a grid cell,
 * a histogram bin, a cohort cell, a month, a filter's result) of fewer than that many customers
 * (or responses) is withheld: its size says {@code "<5"}, its money, score and share figures are
 * null, and {@code "suppressed": "fewer than 5 customers"} says why. A group's size is its first
 * field of {@link #SIZES}; fields of {@link #DIMENSIONS} (the group's own coordinates) stay.
 * Roles with personal data get every figure as it is.
 */
final class SmallGroups {
    /** The fields that give a group's size, the first one found wins: a cohort cell's revenue is that of its active customers. */
    static final List<String> SIZES = List.of("matching", "active", "active_customers", "customers", "cohort_size", "n", "responses", "texts", "orders");
    /** Numbers that place a group rather than measure it. */
    static final Set<String> DIMENSIONS = Set.of("run_id", "r_score", "f_score", "months_since", "min_sample", "runs");
    /** Lists of customer-written words: a rare one could name a customer, so a small one is left out rather than withheld. */
    private static final Set<String> WORDS = Set.of("terms", "phrases", "candidate_themes");
    private final int min;

    SmallGroups(int min) {
        this.min = min;
    }

    /** The workspace's minimum group size for this caller: 1 (nothing withheld) for roles that see personal data. */
    static SmallGroups of(Call call) {
        return new SmallGroups(call.session().user().role().seesPersonalData() ? 1 : call.app().config().minGroupSize());
    }

    /** Answers {@code answer} as JSON with its small groups withheld. */
    static void json(Call call, Object answer) {
        call.ctx().json(of(call).apply(answer));
    }

    int min() {
        return min;
    }

    boolean active() {
        return min > 1;
    }

    String reason() {
        return "fewer than " + min + " customers";
    }

    String below() {
        return "<" + min;
    }

    /** The answer as a JSON tree with every small group withheld; the answer itself when nothing is withheld. */
    Object apply(Object answer) {
        if (!active()) {
            return answer;
        }
        JsonNode tree = Json.MAPPER.valueToTree(answer);
        walk(tree);
        return tree;
    }

    private void walk(JsonNode node) {
        if (node instanceof ObjectNode o) {
            group(o);
            Iterator<java.util.Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                java.util.Map.Entry<String, JsonNode> f = fields.next();
                if (WORDS.contains(f.getKey()) && f.getValue() instanceof ArrayNode a) {
                    dropSmall(a);
                }
                walk(f.getValue());
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(this::walk);
        }
    }

    /**
     * Withholds the object's figures when its size is below the minimum; true when it did. A group of
     * nobody (a month without orders) holds no one's figures and shows its zeros.
     */
    boolean group(ObjectNode o) {
        String size = SIZES.stream().filter(k -> o.path(k).isNumber()).findFirst().orElse(null);
        if (size == null || o.get(size).asDouble() >= min || o.get(size).asDouble() == 0) {
            return false;
        }
        Iterator<java.util.Map.Entry<String, JsonNode>> fields = o.fields();
        while (fields.hasNext()) {
            java.util.Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getValue().isNumber() || DIMENSIONS.contains(f.getKey())) {
                continue;
            }
            if (SIZES.contains(f.getKey()) && f.getValue().asDouble() >= min) {
                continue;
            }
            f.setValue(SIZES.contains(f.getKey()) ? o.textNode(below()) : o.nullNode());
        }
        o.put("suppressed", reason());
        return true;
    }

    private void dropSmall(ArrayNode a) {
        for (Iterator<JsonNode> i = a.elements(); i.hasNext(); ) {
            JsonNode n = i.next();
            String size = SIZES.stream().filter(k -> n.path(k).isNumber()).findFirst().orElse(null);
            if (size != null && n.get(size).asDouble() < min) {
                i.remove();
            }
        }
    }

    /** A count shown as {@code "<5"} when below the minimum. */
    Object count(long n) {
        return active() && n < min ? below() : n;
    }

    /** A money figure rounded to two significant digits, so that two totals a customer apart do not give away that customer's figure. */
    Double coarse(Double v) {
        if (!active() || v == null || v == 0) {
            return v; // (one branch of a conditional expression would unbox a null)
        }
        return new BigDecimal(v).round(new MathContext(2)).doubleValue();
    }
}
