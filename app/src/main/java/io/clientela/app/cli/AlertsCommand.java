package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.core.UsageException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela alerts [show ID]}: alerts raised by rules, with the state of each delivery. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Alerts raised by rules, newest first; status new, delivering, delivered or failed (a delivery failed after its retries).",
                "'alerts show ID' lists each delivery with its attempts and last error."},
        subcommands = {AlertsCommand.Show.class})
final class AlertsCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Option(names = "--status", description = "Only this status: new, delivering, delivered, failed.")
    String status;

    @picocli.CommandLine.Mixin
    FormatOption format;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (status != null && !List.of("new", "delivering", "delivered", "failed").contains(status)) {
            throw new UsageException("--status: expected new, delivering, delivered or failed, found '" + status + "'");
        }
        FormatOption.Kind kind = format.kind(root.json);
        List<Map<String, Object>> rows;
        try (App app = root.open("clientela alerts")) {
            rows = app.alerts().list(status, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        Output.listing(out, kind, rows, List.of("alert_id", "created_at", "priority", "rule_id", "customer_id", "routed_to", "status", "case_id", "title"), 60);
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One alert with its deliveries (channel, target, status, attempts, last error).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        AlertsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        @SuppressWarnings("unchecked")
        public Integer call() {
            Map<String, Object> a;
            try (App app = parent.root.open("clientela alerts show")) {
                a = app.alerts().show(id);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (parent.root.json) {
                out.println(Output.json(a));
                return 0;
            }
            out.println("Alert " + id + " — " + a.get("title"));
            a.forEach((k, v) -> {
                if (!k.equals("deliveries") && !k.equals("title")) {
                    out.printf("  %-15s %s%n", k, Output.text(v));
                }
            });
            out.println();
            out.println("Deliveries");
            Output.table(out, (List<Map<String, Object>>) a.get("deliveries"), 80);
            return 0;
        }
    }
}
