package io.clientela.action.rule;

/** A condition is malformed at {@code offset} of its text; the rule file turns it into line and column. */
final class ExpressionException extends RuntimeException {
    private final int offset;

    ExpressionException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    int offset() {
        return offset;
    }
}
