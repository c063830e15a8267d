package io.clientela.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Applies a workspace's {@link LogSettings} to the running Logback, which {@code logback.xml} set up
 * before the workspace was known: the levels, the access log on or off, and the folder of the log
 * files. Applying again (another workspace in the same process, as in tests) first puts back the
 * levels the previous call changed. With another SLF4J backend its own configuration rules, and
 * this does nothing.
 */
public final class Logs {
    /** Clientela's own loggers, whose level {@code logging.level} sets. */
    public static final String OWN = "io.clientela";
    /** One line per HTTP request: method, path without its query, status and time. */
    public static final String ACCESS = "clientela.access";
    private static final String CHANGED = Logs.class.getName() + ".changed";

    private Logs() {
    }

    /** Sets the levels and writes the log files into {@code folder} (created with the first line written to it). */
    public static void apply(Path folder, LogSettings settings) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!factory.getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
            return; // another backend, maybe without Logback's classes: its configuration rules
        }
        LoggerContext context = (LoggerContext) factory;
        Map<String, LogLevel> levels = new LinkedHashMap<>();
        levels.put(OWN, settings.level());
        levels.put(ACCESS, settings.accessLog() ? LogLevel.INFO : LogLevel.OFF);
        levels.putAll(settings.loggers());
        synchronized (context) {
            @SuppressWarnings("unchecked")
            Map<String, Level> before = (Map<String, Level>) context.getObject(CHANGED);
            if (before == null) {
                before = new HashMap<>();
                context.putObject(CHANGED, before);
            }
            before.forEach((name, level) -> context.getLogger(name).setLevel(level));
            before.clear();
            for (Map.Entry<String, LogLevel> e : levels.entrySet()) {
                Logger logger = context.getLogger(e.getKey());
                before.put(e.getKey(), logger.getLevel());
                logger.setLevel(Level.toLevel(e.getValue().name()));
            }
            for (Logger logger : context.getLoggerList()) {
                for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
                    if (it.next() instanceof WorkspaceFile file) {
                        file.folder(folder.toAbsolutePath());
                    }
                }
            }
        }
    }
}
