package io.clientela.app;

import io.clientela.app.cli.Root;
import java.time.Clock;

/** Entry point of the {@code clientela} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Root.run(Clock.systemUTC(), args));
    }
}
