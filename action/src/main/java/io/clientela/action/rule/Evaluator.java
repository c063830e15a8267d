package io.clientela.action.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a parsed expression. Missing values are null: a comparison with null is false (only
 * {@code x == null} holds), arithmetic with null is null, and division by zero is null, so a rule
 * over a customer without value results simply does not fire. Text compares case-insensitively;
 * text that reads as a number compares as one (JSON properties often carry numbers as text).
 */
final class Evaluator {
    /** Where the names and window functions of an expression get their values. */
    interface Scope {
        Object path(Expr.Path path);

        Object window(Functions.Window window);
    }

    private Evaluator() {
    }

    static boolean test(Expr e, Scope scope) {
        return truthy(eval(e, scope));
    }

    static Object eval(Expr e, Scope scope) {
        if (e instanceof Expr.Literal l) {
            return l.value();
        }
        if (e instanceof Expr.Path p) {
            return scope.path(p);
        }
        if (e instanceof Expr.Call c) {
            return scope.window(Functions.window(c));
        }
        if (e instanceof Expr.ListOf list) {
            List<Object> out = new ArrayList<>();
            list.items().forEach(i -> out.add(eval(i, scope)));
            return out;
        }
        if (e instanceof Expr.Unary u) {
            Object v = eval(u.operand(), scope);
            if (u.op().equals("not")) {
                return !truthy(v);
            }
            Double d = number(v);
            return d == null ? null : -d;
        }
        Expr.Binary b = (Expr.Binary) e;
        switch (b.op()) {
            case "and":
                return truthy(eval(b.left(), scope)) && truthy(eval(b.right(), scope));
            case "or":
                return truthy(eval(b.left(), scope)) || truthy(eval(b.right(), scope));
            default:
                break;
        }
        Object l = eval(b.left(), scope);
        Object r = eval(b.right(), scope);
        return switch (b.op()) {
            case "==" -> same(l, r);
            case "!=" -> !same(l, r);
            case "<" -> order(l, r) != null && order(l, r) < 0;
            case "<=" -> order(l, r) != null && order(l, r) <= 0;
            case ">" -> order(l, r) != null && order(l, r) > 0;
            case ">=" -> order(l, r) != null && order(l, r) >= 0;
            case "in" -> r instanceof List<?> items && items.stream().anyMatch(i -> same(l, i));
            default -> arithmetic(b.op(), number(l), number(r));
        };
    }

    private static Double arithmetic(String op, Double l, Double r) {
        if (l == null || r == null) {
            return null;
        }
        return switch (op) {
            case "+" -> l + r;
            case "-" -> l - r;
            case "*" -> l * r;
            default -> r == 0 ? null : l / r;
        };
    }

    static boolean truthy(Object v) {
        return v instanceof Boolean b ? b : v != null && !(v instanceof Number n && n.doubleValue() == 0) && !"".equals(v);
    }

    static boolean same(Object l, Object r) {
        if (l == null || r == null) {
            return l == r;
        }
        Double a = number(l);
        Double b = number(r);
        if (a != null && b != null) {
            return a.doubleValue() == b.doubleValue();
        }
        if (l instanceof Boolean || r instanceof Boolean) {
            return String.valueOf(l).equalsIgnoreCase(String.valueOf(r));
        }
        return l.toString().toLowerCase(Locale.ROOT).equals(r.toString().toLowerCase(Locale.ROOT));
    }

    private static Integer order(Object l, Object r) {
        if (l == null || r == null) {
            return null;
        }
        Double a = number(l);
        Double b = number(r);
        if (a != null && b != null) {
            return Double.compare(a, b);
        }
        if (l instanceof String || r instanceof String) {
            return l.toString().compareToIgnoreCase(r.toString());
        }
        return null;
    }

    static Double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
