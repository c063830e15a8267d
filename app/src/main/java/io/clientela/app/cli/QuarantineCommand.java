package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.core.UsageException;
import io.clientela.store.quarantine.QuarantineRows;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela quarantine}: the rows imports rejected, with file, row, field, value and reason. */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = {"List or export quarantined rows: file, row, field, value, reason and the original row.",
                "Row numbers count records as a spreadsheet does: the header is row 1 (JSON Lines: the line number)."})
final class QuarantineCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Option(names = "--import", paramLabel = "ID", description = "Only rows of this import.")
    Long importId;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Only rows whose reason contains this text.")
    String reason;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many rows in the text listing (default ${DEFAULT-VALUE}; exports are complete).")
    int limit;

    @picocli.CommandLine.Mixin
    FormatOption format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the export to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String fmt = format.kind(root.json).name().toLowerCase(java.util.Locale.ROOT);
        List<Map<String, Object>> rows = new ArrayList<>();
        long total;
        try (App app = root.open("clientela quarantine")) {
            QuarantineRows quarantine = new QuarantineRows(app.handle());
            for (QuarantineRows.Rejected r : quarantine.list(importId, reason, fmt.equals("table") ? Math.max(0, limit) : -1)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("import_id", r.importId());
                m.put("file", r.file());
                m.put("row", r.row());
                m.put("field", r.field());
                m.put("value", r.value());
                m.put("reason", r.reason());
                m.put("raw", r.raw());
                rows.add(m);
            }
            total = quarantine.count();
        }
        PrintWriter out = output == null ? spec.commandLine().getOut()
                : new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
        try {
            switch (fmt) {
                case "json" -> out.println(Output.json(rows));
                case "csv" -> Output.csv(out, rows, List.of("import_id", "file", "row", "field", "value", "reason", "raw"));
                default -> {
                    rows.forEach(r -> r.remove("raw"));
                    Output.table(out, rows, 60);
                    out.println(Output.shown(rows.size(), total, "quarantined row") + " in the workspace; --format csv|json exports them all");
                }
            }
        } finally {
            out.flush();
            if (output != null) {
                out.close();
            }
        }
        return 0;
    }
}
