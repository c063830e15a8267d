package io.clientela.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The person at the other end of a command: whether one is watching (progress bars, prompts), a
 * password typed without echo, a line of standard input. Here, this process's console; for a command
 * the server runs on behalf of the command line ({@link AdminChannel}), the console of that command.
 */
interface Terminal {
    /** Whether a person watches (a console): progress bars and prompts only then. */
    boolean console();

    /** A password typed at the console without echo, or null when there is no console. */
    char[] readPassword(String prompt);

    /** One line of standard input, or null at its end. */
    String readLine() throws IOException;

    /** Where progress bars draw, or null for the library's default (this process's standard error). */
    PrintStream progress();

    /** This process's console and standard input. */
    static Terminal local() {
        return new Terminal() {
            private BufferedReader in;

            @Override
            public boolean console() {
                return System.console() != null;
            }

            @Override
            public char[] readPassword(String prompt) {
                Console c = System.console();
                return c == null ? null : c.readPassword("%s", prompt);
            }

            @Override
            public synchronized String readLine() throws IOException {
                if (in == null) {
                    in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                }
                return in.readLine();
            }

            @Override
            public PrintStream progress() {
                return null;
            }
        };
    }
}
