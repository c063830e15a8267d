package io.clientela.action.rule;

import io.clientela.core.UsageException;

/** A rule file is malformed: its message names the file, line and column, and what was expected. */
public final class RuleFileException extends UsageException {
    private final int line;
    private final int column;

    RuleFileException(String file, int line, int column, String problem) {
        super(file + " line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
