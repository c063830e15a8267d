package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.store.WorkspaceStatus;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela status}: what the workspace holds. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the counts per entity in the workspace.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> status;
        try (App app = root.open("clientela status")) {
            status = WorkspaceStatus.of(app.workspace());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (root.json) {
            out.println(Output.json(status));
            return 0;
        }
        out.println("workspace " + status.get("workspace") + " (schema " + status.get("schema_version") + ")");
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) status.get("counts");
        counts.forEach((k, v) -> out.printf("  %-22s %,14d%n", k.replace('_', ' '), ((Number) v).longValue()));
        return 0;
    }
}
