package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.core.UsageException;
import io.clientela.service.access.Actor;
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

/** {@code clientela user add|list|passwd|disable|enable|role|remove}: the people who may sign in to the dashboard and the API. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Dashboard users: add, list, change a password, disable, enable, change the role, remove.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class, UserCommand.Disable.class,
                UserCommand.Enable.class, UserCommand.ChangeRole.class, UserCommand.Remove.class})
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

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Override
        public Integer call() {
            FormatOption.Kind kind = format.kind(parent.root.json);
            java.util.List<Map<String, Object>> rows;
            try (App app = parent.root.open("clientela user list")) {
                rows = users(app).list();
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            Output.listing(out, kind, rows, java.util.List.of("username", "role"), 40);
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

    /** Prints a change as one line, or as JSON with --json. */
    private static int print(UserCommand parent, Users.UserChange c, String line) {
        PrintWriter out = parent.spec.commandLine().getOut();
        out.println(parent.root.json ? Output.json(c.asMap()) : line);
        return 0;
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a user: their sessions end at once and they cannot sign in (not the last enabled admin).")
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Users.UserChange c;
            try (App app = parent.root.open("clientela user disable")) {
                c = users(app).disable(name, Actor.commandLine());
            }
            return print(parent, c, c.changed() ? "disabled " + c.role().id() + " " + c.username() : c.username() + " was already disabled");
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user again.")
    static final class Enable implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Users.UserChange c;
            try (App app = parent.root.open("clientela user enable")) {
                c = users(app).enable(name, Actor.commandLine());
            }
            return print(parent, c, c.changed() ? "enabled " + c.role().id() + " " + c.username() : c.username() + " was already enabled");
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true,
            description = "Change a user's role: admin, analyst, agent or viewer (signs out their sessions; not the last enabled admin's).")
    static final class ChangeRole implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "admin, analyst, agent or viewer.")
        String role;

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            Users.UserChange c;
            try (App app = parent.root.open("clientela user role")) {
                c = users(app).changeRole(name, r, Actor.commandLine());
            }
            return print(parent, c, c.changed() ? c.username() + " is now " + c.role().id() : c.username() + " was already " + c.role().id());
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a user and end their sessions (not the last enabled admin); cannot be undone, so it needs --yes.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--yes", description = "Confirm the removal.")
        boolean yes;

        @Override
        public Integer call() {
            if (!yes) {
                throw new UsageException("removing user '" + name + "' cannot be undone; add --yes to confirm (or 'user disable " + name
                        + "' to keep them)");
            }
            try (App app = parent.root.open("clientela user remove")) {
                users(app).remove(name, Actor.commandLine());
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println(parent.root.json ? Output.json(Map.of("username", name, "removed", true)) : "removed " + name);
            return 0;
        }
    }
}
