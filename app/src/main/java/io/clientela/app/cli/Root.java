package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.app.logging.Faults;
import io.clientela.core.ClientelaException;
import io.clientela.core.ConflictException;
import io.clientela.core.Version;
import io.clientela.store.StoreException;
import io.clientela.store.WorkspaceInUseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * {@code clientela}: the root command, holding the options every command shares.
 *
 * <p>Why it is long: it is the one place that decides where a command runs (its own process, or the
 * server that holds the workspace), how the workspace is opened for it (existing only, created, served)
 * and how every failure becomes one line and an exit code in words, with typo suggestions; split,
 * each part would have to know the others' choices.
 */
@Command(name = "clientela", mixinStandardHelpOptions = true, version = "Clientela " + Version.NUMBER,
        description = {"Customer intelligence: collect, unify, analyse, act, share.", "The benchmarks are a separate program: clientela bench --help."},
        subcommands = {DemoCommand.class, ImportCommand.class, StatusCommand.class, QuarantineCommand.class, CustomerCommand.class, AnalyzeCommand.class,
                RulesCommand.class, CasesCommand.class, AlertsCommand.class, UserCommand.class,
                TextCommand.class, ServeCommand.class, ApiKeyCommand.class, CommandLine.HelpCommand.class})
public final class Root implements Runnable {
    /** The commands that work on a workspace: while a server holds it, they run in that server ({@link AdminChannel}). */
    static final Set<String> THROUGH_SERVER = Set.of("status", "import", "quarantine", "customer", "analyze", "rules", "cases", "alerts", "user",
            "apikey");
    final Clock clock;
    final Terminal terminal;
    /** The workspace of the server running this command for the command line; null when it runs in its own process. */
    private final App served;
    /** Set when a local command found its workspace taken by a server that is starting. */
    private ServerStarting starting;
    private static final int SERVER_STARTING = Integer.MIN_VALUE + 7;

    @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Workspace folder (default: $CLIENTELA_HOME, else ./clientela-data).")
    Path workspace;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Root(Clock clock) {
        this(clock, Terminal.local(), null);
    }

    Root(Clock clock, Terminal terminal, App served) {
        this.clock = clock;
        this.terminal = terminal;
        this.served = served;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path workspaceDir() {
        return workspaceDir(workspace);
    }

    /** A command to suggest next, with the --workspace this command line was given: {@code ./clientela COMMAND --workspace DIR}. */
    String hint(String command) {
        return "./clientela " + command + workspaceArgument(workspace == null ? null : workspace.toString());
    }

    private static String workspaceArgument(String given) {
        if (given == null) {
            return "";
        }
        return " --workspace " + (given.matches("[A-Za-z0-9_./:@%+=,-]+") ? given : "'" + given.replace("'", "'\\''") + "'");
    }

    /** {@code text} with each quoted command ('clientela ...') given the --workspace of the command line, when it had one. */
    static String keepWorkspace(String text, String... args) {
        String given = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace") && i + 1 < args.length) {
                given = args[i + 1];
            } else if (args[i].startsWith("--workspace=")) {
                given = args[i].substring("--workspace=".length());
            }
        }
        if (given == null || text == null) {
            return text;
        }
        String extra = workspaceArgument(given);
        return java.util.regex.Pattern.compile("'((?:\\./)?clientela [^']*?)'").matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement("'" + m.group(1) + extra + "'"));
    }

    /** The workspace folder: {@code given} (--workspace), else $CLIENTELA_HOME, else ./clientela-data; the benchmarks' too. */
    public static Path workspaceDir(Path given) {
        if (given != null) {
            return given;
        }
        String home = System.getenv("CLIENTELA_HOME");
        return Path.of(home == null || home.isBlank() ? "clientela-data" : home);
    }

    /** The existing workspace (a mistyped --workspace is a not-found error, not a new empty workspace). */
    App open(String purpose) {
        return served != null ? served.borrow() : local(() -> App.openExisting(workspaceDir(), purpose, clock));
    }

    /** The workspace, created when the folder holds none yet (import, user add, apikey create). */
    App openOrCreate(String purpose) {
        return served != null ? served.borrow() : local(() -> App.open(workspaceDir(), purpose, clock));
    }

    private App local(java.util.function.Supplier<App> open) {
        try {
            return open.get();
        } catch (WorkspaceInUseException e) {
            if (AdminClient.servedBy(e.holder())) {
                starting = new ServerStarting(workspaceDir(), e);
                throw starting;
            }
            throw e;
        }
    }

    /** The workspace to serve (serve, demo), created when absent; refused when a server already holds it. */
    App openToServe(String purpose) {
        if (served != null) {
            throw new ConflictException("this workspace is already being served; stop that server to run '" + purpose + "'");
        }
        AdminClient.find(workspaceDir()).ifPresent(door -> {
            throw new ConflictException("workspace " + workspaceDir().toAbsolutePath().normalize() + " is already served at " + door.url()
                    + " (pid " + door.pid() + "); stop that server first, or give another --workspace");
        });
        return App.open(workspaceDir(), purpose, clock);
    }

    /** Runs the command line and returns the exit code. */
    public static int run(Clock clock, String... args) {
        return run(clock, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line with the given output and error streams and returns the exit code. A
     * command on a workspace that a running server holds is sent to that server and run there.
     */
    public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        Terminal terminal = Terminal.local();
        Optional<Path> held = workspaceOfServerCommand(clock, args);
        if (held.isPresent()) {
            Optional<AdminClient.Door> door = AdminClient.find(held.get());
            if (door.isPresent()) {
                OptionalInt code = AdminClient.run(door.get(), List.of(args), out, err, terminal);
                if (code.isPresent()) {
                    return code.getAsInt();
                }
            }
        }
        Root root = new Root(clock, terminal, null);
        int code = execute(new CommandLine(root), out, err, () -> root.debug, args);
        ServerStarting starting = root.starting;
        if (code == SERVER_STARTING && starting != null) {
            // a server took the workspace between the look for its door and the opening: wait for the door, then go through it
            Optional<AdminClient.Door> door = AdminClient.awaitStarting(starting.workspace, starting.holder, Duration.ofSeconds(60), err);
            if (door.isPresent()) {
                OptionalInt relayed = AdminClient.run(door.get(), List.of(args), out, err, terminal);
                if (relayed.isPresent()) {
                    return relayed.getAsInt();
                }
            }
            err.println("error: " + starting.getCause().getMessage());
            err.flush();
            return starting.getCause().exitCode();
        }
        return code;
    }

    /** Thrown through picocli when a server holds the workspace a local command tried to open. */
    private static final class ServerStarting extends RuntimeException {
        private final Path workspace;
        private final String holder;

        ServerStarting(Path workspace, WorkspaceInUseException cause) {
            super(cause.getMessage(), cause, false, false);
            this.workspace = workspace;
            this.holder = cause.holder();
        }

        @Override
        public synchronized WorkspaceInUseException getCause() {
            return (WorkspaceInUseException) super.getCause();
        }
    }

    /**
     * Runs a command line sent through the {@link AdminChannel} inside the server that serves {@code app}:
     * on a borrowed connection, with relative paths taken from the command line's working folder.
     */
    static int runServed(App app, Clock clock, Terminal terminal, Path cwd, PrintWriter out, PrintWriter err, String... args) {
        Root root = new Root(clock, terminal, app);
        CommandLine cl = new CommandLine(root);
        cl.registerConverter(Path.class, s -> cwd.resolve(s));
        cl.registerConverter(java.io.File.class, s -> cwd.resolve(s).toFile());
        return execute(cl, out, err, () -> root.debug, args);
    }

    /** The workspace folder of a command that works on one (not a help request), or empty. */
    private static Optional<Path> workspaceOfServerCommand(Clock clock, String... args) {
        CommandLine cl = new CommandLine(new Root(clock, Terminal.local(), null));
        CommandLine.ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return Optional.empty(); // the local run reports it
        }
        if (!parsed.hasSubcommand() || !THROUGH_SERVER.contains(parsed.subcommand().commandSpec().name())) {
            return Optional.empty();
        }
        Path given = null;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return Optional.empty();
            }
            if (p.hasMatchedOption("--workspace")) {
                given = p.matchedOptionValue("--workspace", given);
            }
        }
        return Optional.of(workspaceDir(given));
    }

    /** Whether the command line asks for JSON (--json, or --format json), so that its errors are JSON too. */
    static boolean wantsJson(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json") || a.equalsIgnoreCase("--format=json") || a.equals("--format") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("json")) {
                return true;
            }
        }
        return false;
    }

    /** One error: a line "error: ..." or, when JSON was asked for, {"error": "...", "code": N}. */
    private static void error(PrintWriter e, boolean json, String message, int code) {
        if (json) {
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("error", message);
            body.put("code", code);
            e.println(Output.compactJson(body));
        } else {
            e.println("error: " + message);
        }
    }

    /**
     * Runs a command line (this one, or the benchmarks' from the launcher) with one error contract:
     * a Clientela error is one line and its exit code, a wrong option is a usage line and 2, anything
     * else one line and 1; {@code debug} adds the stack trace. A fault of Clientela itself (anything
     * but a Clientela error, or one of kind {@link ClientelaException.Kind#FAULT}) also goes to the
     * error log with its stack trace (the workspace's {@code logs/error.log} once it is open).
     */
    public static int execute(CommandLine cl, PrintWriter out, PrintWriter err, BooleanSupplier debug, String... args) {
        cl.setOut(out);
        cl.setErr(err);
        boolean json = wantsJson(args);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ServerStarting) {
                return SERVER_STARTING; // run(...) sends the command to the server instead
            }
            PrintWriter e = cmd.getErr();
            if (!(ex instanceof ClientelaException ce) || ce.kind() == ClientelaException.Kind.FAULT) {
                // a fault of Clientela itself: the person gets one line, the error log the stack trace
                Faults.log(LoggerFactory.getLogger(Root.class), cmd.getCommandSpec().qualifiedName(), ex);
            }
            if (ex instanceof ClientelaException ce) {
                error(e, json, keepWorkspace(ce.getMessage(), args), ce.exitCode());
                if (debug.getAsBoolean()) {
                    ex.printStackTrace(e);
                }
                e.flush();
                return ce.exitCode();
            }
            // not a Clientela error: a fault of Clientela itself, never shown by its Java name
            error(e, json, "an internal error stopped the command" + (ex.getMessage() == null ? "" : " (" + StoreException.firstLine(ex.getMessage()) + ")")
                    + (debug.getAsBoolean() ? "" : "; run with --debug for the details, and please report it"), 1);
            if (debug.getAsBoolean()) {
                ex.printStackTrace(e);
            }
            e.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, params) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            String see = ex.getCommandLine().getCommandSpec().qualifiedName() + " --help";
            error(e, json, Usage.explain(ex), 2);
            if (!json) {
                e.println("see '" + see + "'");
            }
            e.flush();
            return 2;
        });
        return cl.execute(args);
    }
}
