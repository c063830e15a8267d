package io.clientela.core.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small strict JSON parser for the tests (RFC 8259): objects, arrays, strings, numbers, literals. */
final class JsonLine {
    private final String s;
    private int i;

    private JsonLine(String s) {
        this.s = s;
    }

    /** Parses one line that must hold exactly one JSON object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String line) {
        JsonLine p = new JsonLine(line);
        Object v = p.value();
        p.blanks();
        if (p.i != line.length() || !(v instanceof Map)) {
            throw new AssertionError("not exactly one JSON object: " + line);
        }
        return (Map<String, Object>) v;
    }

    /** The value at a dotted path ({@code page.url}), or null. */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> o, String path) {
        Object v = o;
        for (String key : path.split("\\.")) {
            if (!(v instanceof Map)) {
                return null;
            }
            v = ((Map<String, Object>) v).get(key);
        }
        return v;
    }

    private Object value() {
        blanks();
        char c = s.charAt(i);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            blanks();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            do {
                blanks();
                String key = string();
                blanks();
                expect(':');
                if (m.put(key, value()) != null) {
                    throw new AssertionError("duplicate key " + key + " in " + s);
                }
                blanks();
            } while (s.charAt(i++) == ',');
            if (s.charAt(i - 1) != '}') {
                throw new AssertionError("expected } at " + (i - 1) + " in " + s);
            }
            return m;
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            i++;
            blanks();
            if (s.charAt(i) == ']') {
                i++;
                return list;
            }
            do {
                list.add(value());
                blanks();
            } while (s.charAt(i++) == ',');
            return list;
        }
        if (c == '"') {
            return string();
        }
        for (String literal : new String[] {"true", "false", "null"}) {
            if (s.startsWith(literal, i)) {
                i += literal.length();
                return literal.equals("null") ? null : Boolean.valueOf(literal);
            }
        }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return new BigDecimal(s.substring(start, i));
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw new AssertionError("unescaped control character in " + s);
            }
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private void expect(char c) {
        if (s.charAt(i++) != c) {
            throw new AssertionError("expected " + c + " at " + (i - 1) + " in " + s);
        }
    }

    private void blanks() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
