package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.core.UsageException;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.User;
import io.clientela.service.access.Users;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela user add|list|passwd}: the people who may sign in to the dashboard and the API. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Dashboard users: add, list, change a password.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class})
final class UserCommand implements Runnable {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Users users(App app) {
        return new Users(app.handle(), app.clock(), new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS));
    }

    /** The password: typed at the console (not echoed), or one line of standard input with --password-stdin. */
    static char[] password(Terminal terminal, boolean stdin) {
        if (stdin) {
            try {
                String line = terminal.readLine();
                if (line == null) {
                    throw new UsageException("--password-stdin: standard input is empty");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new UsageException("--password-stdin: cannot read standard input: " + e.getMessage());
            }
        }
        if (!terminal.console()) {
            throw new UsageException("no console to type the password at; pipe it in with --password-stdin");
        }
        char[] a = terminal.readPassword("Password (at least " + Users.MIN_PASSWORD + " characters): ");
        char[] b = terminal.readPassword("Again: ");
        if (a == null || b == null || !java.util.Arrays.equals(a, b)) {
            throw new UsageException("the two passwords differ");
        }
        return a;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user with a role: admin, analyst, agent or viewer.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, description = "admin, analyst, agent or viewer.")
        String role;

        @Option(names = "--password-stdin", description = "Read the password from standard input instead of the console.")
        boolean stdin;

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            char[] pw = password(parent.root.terminal, stdin);
            User u;
            try (App app = parent.root.openOrCreate("clientela user add")) {
                u = users(app).add(name, r, pw);
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println(parent.root.json ? Output.json(Map.of("username", u.username(), "role", u.role().id())) : "added " + u.role().id() + " " + u.username());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Override
        public Integer call() {
            java.util.List<Map<String, Object>> rows;
            try (App app = parent.root.open("clientela user list")) {
                rows = users(app).list();
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            if (parent.root.json) {
                out.println(Output.json(rows));
            } else {
                Output.table(out, rows, 40);
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Change a user's password (signs out their sessions).")
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from standard input instead of the console.")
        boolean stdin;

        @Override
        public Integer call() {
            char[] pw = password(parent.root.terminal, stdin);
            try (App app = parent.root.open("clientela user passwd")) {
                users(app).passwd(name, pw);
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println(parent.root.json ? Output.json(Map.of("username", name, "changed", true)) : "password of " + name + " changed");
            return 0;
        }
    }
}
