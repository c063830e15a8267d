package io.clientela.app.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.clientela.app.App;
import io.clientela.core.ClientelaException;
import io.clientela.store.value.AnalysisRun;
import io.clientela.store.value.ValueStore;
import java.io.PrintWriter;
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

/** {@code clientela analyze runs} and {@code analyze run ID}: stored value runs, read back. */
final class RunsCommand {
    private RunsCommand() {
    }

    static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "name", "email", "country", "first_order", "last_order", "orders",
            "recency_days", "revenue", "margin", "r_score", "f_score", "m_score", "rfm_segment", "abc_class", "satisfaction", "responses",
            "quadrant", "p_alive", "expected_purchases", "expected_order_value", "clv");

    /** The per-customer results of a run as CSV, streamed a page at a time. */
    static void customersCsv(PrintWriter out, App app, long runId) {
        ValueStore store = new ValueStore(app.handle());
        out.println(String.join(",", CUSTOMER_COLUMNS));
        long after = -1;
        while (true) {
            List<Map<String, Object>> page = store.customerValuesAfter(runId, after, 10_000);
            if (page.isEmpty()) {
                break;
            }
            Output.csvRows(out, page, CUSTOMER_COLUMNS);
            after = ((Number) page.get(page.size() - 1).get("customer_id")).longValue();
        }
        out.flush();
    }

    @Command(name = "runs", mixinStandardHelpOptions = true, description = "List the stored analysis runs, newest first.")
    static final class ListRuns implements Callable<Integer> {
        @ParentCommand
        AnalyzeCommand parent;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Override
        public Integer call() {
            FormatOption.Kind kind = format.kind(parent.root.json);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (App app = parent.root.open("clientela analyze runs")) {
                for (AnalysisRun r : new ValueStore(app.handle()).runs()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("run_id", r.runId());
                    m.put("analyses", String.join(" ", r.analyses()));
                    m.put("as_of", r.asOf());
                    m.put("data_from", r.dataFrom());
                    m.put("data_to", r.dataTo());
                    m.put("customers", r.customers());
                    m.put("seconds", (r.finishedAt().toEpochMilli() - r.startedAt().toEpochMilli()) / 1000.0);
                    m.put("algorithm_version", r.algorithmVersion());
                    rows.add(m);
                }
            }
            Output.listing(spec.commandLine().getOut(), kind, rows, List.of("run_id", "analyses", "as_of", "data_from", "data_to", "customers", "seconds",
                    "algorithm_version"), 60);
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Show one stored run: its provenance and report, or (--csv) its per-customer results.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        AnalyzeCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN_ID", description = "A run number from 'analyze runs'.")
        long runId;

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Override
        public Integer call() {
            FormatOption.Kind kind = format.kind(parent.root.json);
            boolean csv = kind == FormatOption.Kind.CSV;
            PrintWriter out = spec.commandLine().getOut();
            try (App app = parent.root.open("clientela analyze run")) {
                AnalysisRun run = new ValueStore(app.handle()).run(runId)
                        .orElseThrow(() -> new ClientelaException("there is no analysis run " + runId + "; 'clientela analyze runs' lists them"));
                if (csv) {
                    customersCsv(out, app, runId);
                    return 0;
                }
                Map<String, Object> doc = read(run.result());
                if (kind == FormatOption.Kind.JSON) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("run_id", run.runId());
                    m.put("analyses", run.analyses());
                    m.put("algorithm_version", run.algorithmVersion());
                    m.put("started_at", run.startedAt().toString());
                    m.put("finished_at", run.finishedAt().toString());
                    m.put("parameters", read(run.parameters()));
                    m.put("result", doc);
                    out.println(Output.json(m));
                } else {
                    out.println("Parameters: " + run.parameters());
                    out.println("Algorithms: " + run.algorithmVersion());
                    ValueText.render(out, doc);
                }
            }
            return 0;
        }

        private static Map<String, Object> read(String json) {
            try {
                return Output.JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            } catch (java.io.IOException e) {
                throw new ClientelaException("the stored run document is damaged: " + e.getMessage());
            }
        }
    }
}
