package io.clientela.core.demo;

/**
 * Writes one JSON object into a row buffer: keys in the order given, strings escaped (RFC 8259),
 * numbers in plain decimal notation. Null values are left out, as analytics tools do.
 */
final class Json {
    private final StringBuilder b;
    private int depth;
    private boolean first;

    Json(StringBuilder b) {
        this.b = b;
    }

    void open() {
        b.append('{');
        depth++;
        first = true;
    }

    Json object(String key) {
        key(key);
        open();
        return this;
    }

    Json close() {
        b.append('}');
        depth--;
        first = false;
        return this;
    }

    int depth() {
        return depth;
    }

    Json str(String key, String value) {
        if (value != null) {
            key(key);
            string(b, value);
        }
        return this;
    }

    Json num(String key, long value) {
        key(key);
        b.append(value);
        return this;
    }

    Json money(String key, double value) {
        key(key);
        Fmt.money(b, value);
        return this;
    }

    Json timestamp(String key, long epochSecond) {
        key(key);
        b.append('"');
        Fmt.timestamp(b, epochSecond);
        b.append('"');
        return this;
    }

    private void key(String key) {
        if (!first) {
            b.append(',');
        }
        first = false;
        b.append('"').append(key).append("\":");
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
