package io.clientela.ingest;

import java.util.List;

/** How one canonical field is filled from a source row (see docs/mappings.md). */
public sealed interface FieldSpec {

    /** A source column, optionally with its own date/timestamp pattern. */
    record Column(String column, String format) implements FieldSpec {
    }

    /** The same value on every row. */
    record Constant(String value) implements FieldSpec {
    }

    /** Text built from source columns: {@code "${CustomerID}-${InvoiceDate}"}. */
    record Template(String template) implements FieldSpec {
        private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\$\\{([^}]+)}");

        /** The source columns the template names, in order. */
        public List<String> columns() {
            return PLACEHOLDER.matcher(template).results().map(m -> m.group(1)).toList();
        }

        /** Literal text and column references in order; columns are returned as {@code ${name}}. */
        public List<String> parts() {
            List<String> parts = new java.util.ArrayList<>();
            java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
            int at = 0;
            while (m.find()) {
                parts.add(template.substring(at, m.start()));
                parts.add(m.group());
                at = m.end();
            }
            parts.add(template.substring(at));
            return parts;
        }
    }

    /** Arithmetic over other canonical fields of the same mapping. */
    record Expr(String expression) implements FieldSpec {
    }

    /** {@code then} when the test on the column holds, else {@code otherwise}. */
    record Conditional(String column, Test test, List<String> operands, String then, String otherwise) implements FieldSpec {
    }

    /** The tests a conditional may apply to a source column's text. */
    enum Test {
        STARTS_WITH, EQUALS, IN, MATCHES, EMPTY
    }
}
