package io.clientela.action.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The condition language, parsed by recursive descent:
 * <pre>
 * or      := and ("or" and)*
 * and     := not ("and" not)*
 * not     := "not" not | compare
 * compare := sum (("==" | "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "in" | "not in") sum)?
 * sum     := product (("+" | "-") product)*
 * product := unary (("*" | "/") unary)*
 * unary   := "-" unary | primary
 * primary := number ["%"] | duration | string | true | false | null | ns "." name
 *          | function "(" args ")" | "(" or ")" | "[" items "]"
 * </pre>
 * Numbers are decimals ({@code 50%} is 0.5), durations are a number with {@code m h d w}
 * ({@code 7d}). Every error carries the offset of the offending token.
 *
 * <p>Why it is long: a recursive-descent parser reads best with each grammar
 * rule above beside the method that implements it, and the lexing they share; split, a reader
 * would follow one rule across files.
 */
final class Parser {
    static final Set<String> KINDS = Set.of("event", "feedback", "order", "ticket", "return");
    private final String src;
    private final Set<String> namespaces;
    private int pos;

    private Parser(String src, Set<String> namespaces) {
        this.src = src;
        this.namespaces = namespaces;
    }

    /** Parses {@code src}, allowing only the given namespaces (item, customer, product). */
    static Expr parse(String src, Set<String> namespaces) {
        Parser p = new Parser(src, namespaces);
        p.skipSpace();
        if (p.pos >= src.length()) {
            throw new ExpressionException(0, "the condition is empty");
        }
        Expr e = p.or();
        p.skipSpace();
        if (p.pos < src.length()) {
            throw new ExpressionException(p.pos, "unexpected '" + p.peekWord() + "'; expected an operator (and, or, ==, <, ...) or the end");
        }
        return e;
    }

    private Expr or() {
        Expr left = and();
        while (true) {
            int at = mark();
            if (!word("or")) {
                return left;
            }
            left = new Expr.Binary("or", left, and(), at);
        }
    }

    private Expr and() {
        Expr left = not();
        while (true) {
            int at = mark();
            if (!word("and")) {
                return left;
            }
            left = new Expr.Binary("and", left, not(), at);
        }
    }

    private Expr not() {
        int at = mark();
        if (word("not")) {
            return new Expr.Unary("not", not(), at);
        }
        return compare();
    }

    private Expr compare() {
        Expr left = sum();
        int at = mark();
        for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">", "="}) {
            if (symbol(op)) {
                return new Expr.Binary(op.equals("=") ? "==" : op, left, sum(), at);
            }
        }
        if (word("in")) {
            return new Expr.Binary("in", left, sum(), at);
        }
        int save = pos;
        if (word("not")) {
            if (word("in")) {
                return new Expr.Unary("not", new Expr.Binary("in", left, sum(), at), at);
            }
            pos = save;
        }
        return left;
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            int at = mark();
            if (symbol("+")) {
                left = new Expr.Binary("+", left, product(), at);
            } else if (symbol("-")) {
                left = new Expr.Binary("-", left, product(), at);
            } else {
                return left;
            }
        }
    }

    private Expr product() {
        Expr left = unary();
        while (true) {
            int at = mark();
            if (symbol("*")) {
                left = new Expr.Binary("*", left, unary(), at);
            } else if (symbol("/")) {
                left = new Expr.Binary("/", left, unary(), at);
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        int at = mark();
        if (symbol("-")) {
            return new Expr.Unary("-", unary(), at);
        }
        return primary();
    }

    private Expr primary() {
        int at = mark();
        if (at >= src.length()) {
            throw new ExpressionException(at, "the condition ends too early; expected a value");
        }
        char c = src.charAt(at);
        if (Character.isDigit(c) || c == '.' && at + 1 < src.length() && Character.isDigit(src.charAt(at + 1))) {
            return number(at);
        }
        if (c == '"' || c == '\'') {
            return string(at, c);
        }
        if (symbol("(")) {
            Expr inner = or();
            expect(")", "a closing ')'");
            return inner;
        }
        if (symbol("[")) {
            List<Expr> items = new ArrayList<>();
            if (!symbol("]")) {
                do {
                    items.add(or());
                } while (symbol(","));
                expect("]", "',' or ']'");
            }
            return new Expr.ListOf(List.copyOf(items), at);
        }
        if (Character.isLetter(c) || c == '_') {
            String id = identifier();
            switch (id) {
                case "true":
                    return new Expr.Literal(Boolean.TRUE, at);
                case "false":
                    return new Expr.Literal(Boolean.FALSE, at);
                case "null":
                    return new Expr.Literal(null, at);
                default:
                    break;
            }
            if (symbol(".")) {
                int nameAt = mark();
                if (nameAt >= src.length() || !(Character.isLetter(src.charAt(nameAt)) || src.charAt(nameAt) == '_')) {
                    throw new ExpressionException(nameAt, "expected a field name after '" + id + ".'");
                }
                String name = identifier();
                if (!namespaces.contains(id)) {
                    throw new ExpressionException(at, "unknown name '" + id + "." + name + "'; this rule can use " + String.join(".*, ", namespaces) + ".*");
                }
                return new Expr.Path(id, name, at);
            }
            if (symbol("(")) {
                return call(id, at);
            }
            throw new ExpressionException(at, "unknown name '" + id + "'; write " + String.join(".*, ", namespaces)
                    + ".* for fields, or a function such as count(ticket, 7d)");
        }
        throw new ExpressionException(at, "unexpected '" + c + "'; expected a value");
    }

    private Expr call(String function, int at) {
        List<Expr> args = new ArrayList<>();
        if (!symbol(")")) {
            do {
                int argAt = mark();
                if (args.isEmpty() && (function.equals("count") || function.equals("days_since"))) {
                    String kind = argAt < src.length() && Character.isLetter(src.charAt(argAt)) ? identifier() : "";
                    if (!KINDS.contains(kind)) {
                        throw new ExpressionException(argAt, function + "() counts one of " + String.join(", ", KINDS.stream().sorted().toList())
                                + "; found '" + (kind.isEmpty() ? peekWord() : kind) + "'");
                    }
                    args.add(new Expr.Literal(kind, argAt));
                } else {
                    args.add(or());
                }
            } while (symbol(","));
            expect(")", "',' or ')' in the call of " + function + "()");
        }
        Expr.Call call = new Expr.Call(function, List.copyOf(args), at);
        Functions.check(call);
        return call;
    }

    private Expr number(int at) {
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            pos++;
        }
        String digits = src.substring(start, pos);
        double value;
        try {
            value = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw new ExpressionException(at, "'" + digits + "' is not a number");
        }
        if (pos < src.length() && src.charAt(pos) == '%') {
            pos++;
            return new Expr.Literal(value / 100, at);
        }
        if (pos < src.length() && Character.isLetter(src.charAt(pos))) {
            int unitAt = pos;
            String unit = identifier();
            Duration d = switch (unit) {
                case "m" -> Duration.ofSeconds(Math.round(value * 60));
                case "h" -> Duration.ofSeconds(Math.round(value * 3600));
                case "d" -> Duration.ofSeconds(Math.round(value * 86400));
                case "w" -> Duration.ofSeconds(Math.round(value * 7 * 86400));
                default -> throw new ExpressionException(unitAt, "unknown time unit '" + unit + "'; use m, h, d or w (as in 7d)");
            };
            return new Expr.Literal(d, at);
        }
        return new Expr.Literal(value, at);
    }

    private Expr string(int at, char quote) {
        pos++;
        StringBuilder b = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != quote) {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length()) {
                c = src.charAt(pos++);
            }
            b.append(c);
        }
        if (pos >= src.length()) {
            throw new ExpressionException(at, "the text starting here has no closing " + quote);
        }
        pos++;
        return new Expr.Literal(b.toString(), at);
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private void expect(String s, String what) {
        int at = mark();
        if (!symbol(s)) {
            throw new ExpressionException(at, "expected " + what + ", found " + (at >= src.length() ? "the end" : "'" + peekWord() + "'"));
        }
    }

    private int mark() {
        skipSpace();
        return pos;
    }

    private boolean symbol(String s) {
        skipSpace();
        if (src.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private boolean word(String w) {
        skipSpace();
        int end = pos + w.length();
        if (src.regionMatches(true, pos, w, 0, w.length()) && (end >= src.length() || !Character.isLetterOrDigit(src.charAt(end)) && src.charAt(end) != '_')) {
            pos = end;
            return true;
        }
        return false;
    }

    private String peekWord() {
        int end = pos;
        while (end < src.length() && !Character.isWhitespace(src.charAt(end)) && end - pos < 20) {
            end++;
        }
        return src.substring(pos, end);
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }
}
