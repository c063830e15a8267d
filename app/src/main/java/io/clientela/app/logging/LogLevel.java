package io.clientela.app.logging;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** How much a logger writes, as set in {@code clientela.yaml} or {@code CLIENTELA_LOG_LEVEL}: from nothing to every detail. */
public enum LogLevel {
    OFF, ERROR, WARN, INFO, DEBUG, TRACE;

    /**
     * The level named {@code text}, in any case; YAML reads a bare {@code off} as {@code false}, so that
     * means off too.
     *
     * @throws IllegalArgumentException naming the levels, for any other text
     */
    @JsonCreator
    public static LogLevel of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("FALSE")) {
            return OFF;
        }
        for (LogLevel l : values()) {
            if (l.name().equals(t)) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a log level (off, error, warn, info, debug or trace)");
    }
}
