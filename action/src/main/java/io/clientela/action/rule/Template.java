package io.clientela.action.rule;

import java.util.List;

/** Text with {@code {customer.name}}-style placeholders, each a parsed expression. */
record Template(String source, List<Object> parts) {
    Template {
        parts = List.copyOf(parts);
    }

    String render(Evaluator.Scope scope) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Expr e) {
                b.append(text(Evaluator.eval(e, scope)));
            } else {
                b.append(p);
            }
        }
        return b.toString();
    }

    private static String text(Object v) {
        if (v == null) {
            return "?";
        }
        if (v instanceof Number n && !(v instanceof Long) && !(v instanceof Integer)) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        return v.toString();
    }
}
