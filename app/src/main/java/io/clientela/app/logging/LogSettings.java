package io.clientela.app.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code logging:} section of {@code clientela.yaml}:
 * <pre>
 * logging:
 *   level: info          # Clientela's own loggers (io.clientela); libraries log warnings and errors
 *   access_log: true     # one line per HTTP request in logs/access.log
 *   loggers:             # any logger by name, e.g. every SQL statement's time
 *     clientela.sql: debug
 *     org.eclipse.jetty: info
 * </pre>
 *
 * @param level     the level of {@code io.clientela}
 * @param accessLog whether the server writes its access log
 * @param loggers   levels of single loggers (and their children), by logger name
 */
public record LogSettings(LogLevel level, boolean accessLog, Map<String, LogLevel> loggers) {
    /** Info from Clientela, warnings from libraries, the access log on. */
    public static final LogSettings DEFAULT = new LogSettings(LogLevel.INFO, true, Map.of());
    /** The environment variable that overrides the file: {@code debug}, or {@code info,clientela.sql=debug}. */
    public static final String ENV = "CLIENTELA_LOG_LEVEL";

    public LogSettings {
        Objects.requireNonNull(level, "logging.level");
        loggers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(loggers));
        loggers.forEach((name, l) -> {
            if (!name.matches("[A-Za-z_$][\\w$.-]*") || l == null) {
                throw new IllegalArgumentException("logging.loggers: '" + name + "' needs a logger name (such as clientela.sql) and a level");
            }
        });
    }

    /**
     * These settings under {@value #ENV} (null or blank: unchanged): a level for Clientela's loggers
     * and/or {@code name=level} pairs, separated by commas, e.g. {@code debug} or {@code info,clientela.sql=debug}.
     *
     * @throws IllegalArgumentException for a part that is not a level or a {@code name=level} pair
     */
    public LogSettings overriddenBy(String env) {
        if (env == null || env.isBlank()) {
            return this;
        }
        LogLevel own = level;
        Map<String, LogLevel> named = new LinkedHashMap<>(loggers);
        for (String part : env.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                own = LogLevel.of(part);
            } else {
                named.put(part.substring(0, eq).strip(), LogLevel.of(part.substring(eq + 1)));
            }
        }
        return new LogSettings(own, accessLog, named);
    }
}
