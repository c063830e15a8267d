package io.clientela.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads just enough of a mapping's YAML for the tests: the source columns its {@code fields:} and
 * {@code attributes:} name (plain values and {@code column:} forms; constants and expressions name
 * none), and its top-level keys.
 */
final class MappingColumns {
    private static final Pattern ENTRY = Pattern.compile("^  ([a-z_]+): (.+)$");
    private static final Pattern COLUMN = Pattern.compile("column: *([^,}]+)");

    private MappingColumns() {
    }

    static List<String> of(String yaml) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : yaml.split("\n")) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inBlock = line.equals("fields:") || line.equals("attributes:");
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!inBlock || !m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            if (value.startsWith("{")) {
                Matcher c = COLUMN.matcher(value);
                if (c.find() && !value.startsWith("{if:")) {
                    out.add(c.group(1).strip());
                }
            } else {
                out.add(value.startsWith("$.") ? value.substring(2) : value);
            }
        }
        return out;
    }

    /** Canonical field -> source column, for the fields mapped straight from a column. */
    static java.util.Map<String, String> fields(String yaml) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        boolean inFields = false;
        for (String line : yaml.split("\n")) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inFields = line.equals("fields:");
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (inFields && m.matches() && !m.group(2).startsWith("{")) {
                String v = m.group(2).strip();
                out.put(m.group(1), v.startsWith("$.") ? v.substring(2) : v);
            }
        }
        return out;
    }

    /** The value of a top-level key such as {@code entity}, or null. */
    static String top(String yaml, String key) {
        for (String line : yaml.split("\n")) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        return null;
    }
}
