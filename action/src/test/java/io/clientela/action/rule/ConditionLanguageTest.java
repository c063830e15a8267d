package io.clientela.action.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionLanguageTest {
    private static final Set<String> NS = Set.of("item", "customer");

    private static boolean test(String condition, Map<String, Object> item, Map<String, Object> customer, double windowValue) {
        Expr e = Parser.parse(condition, NS);
        return Evaluator.test(e, new Evaluator.Scope() {
            @Override
            public Object path(Expr.Path p) {
                return (p.namespace().equals("item") ? item : customer).get(p.name());
            }

            @Override
            public Object window(Functions.Window w) {
                return windowValue;
            }
        });
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void compares_numbers_text_and_lists_with_and_binding_tighter_than_or() {
        Map<String, Object> item = map("nps", 5, "sentiment", "-0.7", "type", "Return");
        Map<String, Object> customer = map("abc_class", "A");
        assertThat(test("item.nps <= 6 and customer.abc_class == \"A\"", item, customer, 0)).isTrue();
        assertThat(test("item.nps <= 4 and customer.abc_class == 'A'", item, customer, 0)).isFalse();
        assertThat(test("item.sentiment < -0.5", item, customer, 0)).as("numeric text compares as a number").isTrue();
        assertThat(test("item.type = 'return'", item, customer, 0)).as("text is case-insensitive").isTrue();
        assertThat(test("customer.abc_class in ['A', 'B'] and not item.nps > 6", item, customer, 0)).isTrue();
        assertThat(test("customer.abc_class not in ['B', 'C']", item, customer, 0)).isTrue();
        assertThat(test("item.nps > 9 or item.nps < 6 and customer.abc_class == 'B'", item, customer, 0)).isFalse();
        assertThat(test("(item.nps > 9 or item.nps < 6) and customer.abc_class == 'A'", item, customer, 0)).isTrue();
    }

    @Test
    void missing_values_make_comparisons_false_and_arithmetic_null() {
        Map<String, Object> none = map();
        assertThat(test("customer.clv > 100", none, none, 0)).isFalse();
        assertThat(test("customer.clv <= 100", none, none, 0)).isFalse();
        assertThat(test("customer.clv == null", none, none, 0)).isTrue();
        assertThat(test("customer.clv * 2 > 1", none, none, 0)).isFalse();
        assertThat(test("count(ticket, 7d) / 0 > 1", none, none, 3)).as("division by zero is null").isFalse();
    }

    @Test
    void percentages_windows_and_arithmetic() {
        Map<String, Object> none = map();
        assertThat(test("count(ticket, 7d) >= 3", none, none, 3)).isTrue();
        assertThat(test("count(ticket, 7d) >= 3", none, none, 2)).isFalse();
        assertThat(test("revenue(90d) <= (1 - 50%) * 100", none, none, 50)).isTrue();
        assertThat(test("-revenue(90d) + 60 > 0", none, none, 50)).isTrue();
        Expr.Call call = (Expr.Call) Parser.parse("count(order, \"returned\", 30d, 1w)", NS);
        assertThat(Functions.window(call)).isEqualTo(new Functions.Window("count", "order", "returned", java.time.Duration.ofDays(30),
                java.time.Duration.ofDays(7)));
    }

    @Test
    void errors_point_at_the_offending_token() {
        assertError("item.nps <= ", 12, "ends too early");
        assertError("item.nps <== 6", 11, "unexpected");
        assertError("item.nps <= 6 and order.total > 1", 18, "unknown name 'order.total'");
        assertError("count(tickets, 7d) > 1", 6, "count() counts one of");
        assertError("count(ticket, 7x) > 1", 15, "unknown time unit 'x'");
        assertError("count(ticket) > 1", 6, "needs a time window");
        assertError("revenue(90d, 90d, 1d) > 1", 18, "at most a window and an offset");
        assertError("median(90d) > 1", 0, "unknown function 'median'");
        assertError("item.type == 'return", 13, "no closing '");
        assertError("(item.nps < 3", 13, "expected a closing ')'");
        assertError("nps <= 6", 0, "unknown name 'nps'");
        assertError("", 0, "empty");
    }

    private static void assertError(String condition, int offset, String message) {
        assertThatThrownBy(() -> Parser.parse(condition, NS)).as(condition).isInstanceOfSatisfying(ExpressionException.class, e -> {
            assertThat(e.getMessage()).contains(message);
            assertThat(e.offset()).isEqualTo(offset);
        });
    }
}
