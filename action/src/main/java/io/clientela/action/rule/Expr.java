package io.clientela.action.rule;

import java.util.List;

/** A parsed condition or template expression. {@code at} is the offset of the node in its source text. */
sealed interface Expr {
    int at();

    record Literal(Object value, int at) implements Expr {
    }

    /** {@code item.nps}, {@code customer.abc_class}: a namespace and a name. */
    record Path(String namespace, String name, int at) implements Expr {
        String text() {
            return namespace + "." + name;
        }
    }

    /** A window function such as {@code count(ticket, 7d)}; {@code kind} is set for count's bare first argument. */
    record Call(String function, List<Expr> args, int at) implements Expr {
    }

    record Unary(String op, Expr operand, int at) implements Expr {
    }

    record Binary(String op, Expr left, Expr right, int at) implements Expr {
    }

    record ListOf(List<Expr> items, int at) implements Expr {
    }
}
