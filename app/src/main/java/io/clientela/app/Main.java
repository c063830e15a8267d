package io.clientela.app;

import io.clientela.app.cli.Root;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/** Entry point of the {@code clientela} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // a background thread (collector, rules, delivery) that dies is a fault: into the error log, not lost on stderr
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> LoggerFactory.getLogger(Main.class).error("thread {} stopped", thread.getName(), e));
        System.exit(Root.run(Clock.systemUTC(), args));
    }
}
