package io.clientela.action.rule;

import io.clientela.store.rules.WindowQuery;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The window functions a condition can call, each over the store for the rule's subject (a customer,
 * or a product for product rules), in the window that ends {@code offset} before the evaluation time:
 * <ul>
 *   <li>{@code count(KIND [, "type"], WINDOW [, OFFSET])}: items of a kind (event, feedback, order,
 *       ticket, return) in the window; the type filters events by type, feedback by survey, orders by
 *       status and tickets by category;</li>
 *   <li>{@code revenue(WINDOW [, OFFSET])}: order revenue, cancelled orders excluded;</li>
 *   <li>{@code abandoned_carts(WINDOW [, OFFSET])}: add-to-cart events not followed by an order
 *       (of that product, for a product rule) within one day;</li>
 *   <li>{@code days_since(KIND [, "type"])}: whole days since the latest such item, null when none.</li>
 * </ul>
 */
final class Functions {
    private Functions() {
    }

    /** Where a window without a length ({@code days_since}) starts: before any data. */
    private static final LocalDateTime BEGINNING = LocalDateTime.of(1900, 1, 1, 0, 0);

    /** One window query of a condition, with literal arguments. */
    record Window(String function, String kind, String type, Duration length, Duration offset) {
        /** The store's query for this window as evaluated at {@code now}, per product or per customer. */
        WindowQuery query(LocalDateTime now, boolean products) {
            LocalDateTime to = now.minus(offset);
            LocalDateTime from = length == null ? BEGINNING : to.minus(length);
            WindowQuery.Measure measure = switch (function) {
                case "revenue" -> WindowQuery.Measure.REVENUE;
                case "abandoned_carts" -> WindowQuery.Measure.ABANDONED_CARTS;
                case "days_since" -> WindowQuery.Measure.DAYS_SINCE;
                default -> WindowQuery.Measure.COUNT;
            };
            WindowQuery.Items items = kind == null ? null : WindowQuery.Items.valueOf(kind.toUpperCase(Locale.ROOT));
            return new WindowQuery(measure, items, type, products ? WindowQuery.Per.PRODUCT : WindowQuery.Per.CUSTOMER, from, to);
        }
    }

    /** Checks the call's arguments (count, types, literals) and throws at the offending argument. */
    static void check(Expr.Call call) {
        window(call);
    }

    static Window window(Expr.Call call) {
        List<Expr> args = call.args();
        String f = call.function();
        switch (f) {
            case "count", "days_since" -> {
                if (args.isEmpty()) {
                    throw new ExpressionException(call.at(), f + "() needs a kind, as in " + f + "(ticket" + (f.equals("count") ? ", 7d)" : ")"));
                }
                String kind = (String) ((Expr.Literal) args.get(0)).value();
                int i = 1;
                String type = null;
                if (i < args.size() && args.get(i) instanceof Expr.Literal l && l.value() instanceof String s) {
                    type = s;
                    i++;
                }
                if (f.equals("days_since")) {
                    if (i < args.size()) {
                        throw new ExpressionException(args.get(i).at(), "days_since() takes a kind and an optional type, as in days_since(order)");
                    }
                    return new Window(f, kind, type, null, Duration.ZERO);
                }
                return durations(call, kind, type, i);
            }
            case "revenue", "abandoned_carts" -> {
                return durations(call, null, null, 0);
            }
            default -> throw new ExpressionException(call.at(), "unknown function '" + f + "'; use count, revenue, abandoned_carts or days_since");
        }
    }

    private static Window durations(Expr.Call call, String kind, String type, int from) {
        List<Expr> args = call.args();
        String f = call.function();
        if (from >= args.size()) {
            int at = args.isEmpty() ? call.at() : args.get(args.size() - 1).at();
            throw new ExpressionException(at, f + "() needs a time window such as 7d or 90d");
        }
        Duration length = duration(args.get(from), f);
        Duration offset = from + 1 < args.size() ? duration(args.get(from + 1), f) : Duration.ZERO;
        if (from + 2 < args.size()) {
            throw new ExpressionException(args.get(from + 2).at(), f + "() takes at most a window and an offset, as in " + f
                    + (kind == null ? "(90d, 90d)" : "(" + kind + ", 90d, 90d)"));
        }
        if (length.isZero() || length.isNegative()) {
            throw new ExpressionException(args.get(from).at(), f + "() needs a window longer than zero");
        }
        return new Window(f, kind, type, length, offset);
    }

    private static Duration duration(Expr e, String f) {
        if (e instanceof Expr.Literal l && l.value() instanceof Duration d) {
            return d;
        }
        throw new ExpressionException(e.at(), f + "() expects a time such as 7d, 24h or 12w here");
    }
}
