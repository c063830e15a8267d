package io.clientela.ingest;

/** The type of a canonical field; decides how a source text is parsed and which rules apply. */
public enum FieldType {
    STRING("a text"),
    INTEGER("a whole number"),
    DECIMAL("a decimal number"),
    TIMESTAMP("a date and time"),
    DATE("a date"),
    BOOLEAN("true/false, yes/no, y/n or 1/0"),
    JSON("a JSON value");

    private final String expectation;

    FieldType(String expectation) {
        this.expectation = expectation;
    }

    /** How a message names what the field expects, e.g. "a decimal number". */
    public String expectation() {
        return expectation;
    }

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
