package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.ingest.ImportListener;
import io.clientela.ingest.ImportReport;
import io.clientela.ingest.Mapping;
import io.clientela.ingest.MappingReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela import --mapping M FILE...}: each file in its own transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import CSV (also .gz), JSON Lines or Parquet files through a mapping.",
                "Each file is atomic: it goes in completely or not at all. Rejected rows are kept in the quarantine.",
                "Importing the same file again adds nothing."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file imported (rows may be quarantined)", "1:a file could not be imported", "2:usage error"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--mapping"}, required = true, paramLabel = "MAPPING", description = "Mapping file (YAML); see docs/mappings.md.")
    Path mapping;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Override
    public Integer call() {
        Mapping m = new MappingReader().read(mapping);
        PrintWriter out = spec.commandLine().getOut();
        List<ImportReport> reports = new ArrayList<>();
        try (App app = root.openOrCreate("clientela import " + mapping.getFileName()); Progress progress = Progress.start(root.terminal, !root.json, "Importing")) {
            for (Path file : files) {
                ImportListener listener = (f, stage, stages, name) -> progress.step(file.getFileName() + ": " + name, stage, stages);
                ImportReport r = app.importer().importFile(m, file, listener);
                reports.add(r);
                progress.done();
                if (!root.json) {
                    print(out, r);
                }
            }
        }
        if (root.json) {
            out.println(Output.json(reports.size() == 1 ? asMap(reports.get(0)) : reports.stream().map(ImportCommand::asMap).toList()));
        }
        return 0;
    }

    static Map<String, Object> asMap(ImportReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("mapping", r.mapping());
        m.put("entity", r.entity());
        m.put("source", r.source());
        m.put("import_id", r.importId());
        m.put("status", r.status());
        m.put("rows_read", r.rowsRead());
        m.put("accepted", r.accepted());
        m.put("unchanged", r.unchanged());
        m.put("quarantined", r.quarantined());
        m.put("quarantined_by_reason", r.byReason());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        m.put("rows_per_second", Math.round(r.rowsPerSecond()));
        return m;
    }

    private void print(PrintWriter out, ImportReport r) {
        out.printf("%s: %s (import #%d) — %,d rows read: %,d accepted, %,d unchanged, %,d quarantined in %.2f s%n", r.file(), r.status(),
                r.importId(), r.rowsRead(), r.accepted(), r.unchanged(), r.quarantined(), r.seconds());
        r.byReason().forEach((why, n) -> out.printf("  quarantined %,d: %s%n", n, why));
        if (r.quarantined() > 0) {
            out.println("  see them with: " + root.hint("quarantine --import " + r.importId()));
        }
        out.flush();
    }
}
