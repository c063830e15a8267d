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
