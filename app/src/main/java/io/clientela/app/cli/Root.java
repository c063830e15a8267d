package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.app.logging.Faults;
import io.clientela.core.ClientelaException;
import io.clientela.core.Version;
import io.clientela.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** {@code clientela}: the root command, holding the options every command shares. */
@Command(name = "clientela", mixinStandardHelpOptions = true, version = "Clientela " + Version.NUMBER,
        description = {"Customer intelligence: collect, unify, analyse, act, share.", "The benchmarks are a separate program: clientela bench --help."},
        subcommands = {DemoCommand.class, ImportCommand.class, StatusCommand.class, QuarantineCommand.class, CustomerCommand.class, AnalyzeCommand.class,
                RulesCommand.class, CasesCommand.class, AlertsCommand.class, UserCommand.class,
                TextCommand.class, ServeCommand.class, ApiKeyCommand.class, CommandLine.HelpCommand.class})
public final class Root implements Runnable {
    final Clock clock;

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
        this.clock = clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path workspaceDir() {
        return workspaceDir(workspace);
    }

    /** The workspace folder: {@code given} (--workspace), else $CLIENTELA_HOME, else ./clientela-data; the benchmarks' too. */
    public static Path workspaceDir(Path given) {
        if (given != null) {
            return given;
        }
        String home = System.getenv("CLIENTELA_HOME");
        return Path.of(home == null || home.isBlank() ? "clientela-data" : home);
    }

    App open(String purpose) {
        return App.open(workspaceDir(), purpose, clock);
    }

    /** Runs the command line and returns the exit code. */
    public static int run(Clock clock, String... args) {
        return run(clock, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error streams and returns the exit code. */
    public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        Root root = new Root(clock);
        return execute(new CommandLine(root), out, err, () -> root.debug, args);
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
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter e = cmd.getErr();
            if (!(ex instanceof ClientelaException ce) || ce.kind() == ClientelaException.Kind.FAULT) {
                // a fault of Clientela itself: the person gets one line, the error log the stack trace
                Faults.log(LoggerFactory.getLogger(Root.class), cmd.getCommandSpec().qualifiedName(), ex);
            }
            if (ex instanceof ClientelaException ce) {
                e.println("error: " + ce.getMessage());
                if (debug.getAsBoolean()) {
                    ex.printStackTrace(e);
                }
                e.flush();
                return ce.exitCode();
            }
            // not a Clientela error: a fault of Clientela itself, never shown by its Java name
            e.println("error: an internal error stopped the command" + (ex.getMessage() == null ? "" : " (" + StoreException.firstLine(ex.getMessage()) + ")")
                    + (debug.getAsBoolean() ? "" : "; run with --debug for the details, and please report it"));
            if (debug.getAsBoolean()) {
                ex.printStackTrace(e);
            }
            e.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, params) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("error: " + ex.getMessage());
            e.println("see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            e.flush();
            return 2;
        });
        return cl.execute(args);
    }
}
