package io.clientela.app.cli;

import io.clientela.analytics.voice.VoicePipeline;
import io.clientela.analytics.voice.kpi.Kpis;
import io.clientela.analytics.voice.sentiment.Provenance;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.app.App;
import io.clientela.core.UsageException;
import io.clientela.store.voice.FeedbackResponses;
import io.clientela.store.voice.VoiceResults;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela analyze voice}: language, sentiment and themes of every feedback response, KPIs, stored as a run. */
@Command(name = "voice", mixinStandardHelpOptions = true,
        description = {"Read every feedback response (language, sentiment, themes), compute NPS, CSAT and CES with 95%% intervals by "
                + "month, channel, touchpoint and survey, find terms emerging in the last month, rank the attribute ratings that drive "
                + "each survey's score (LMG importance x performance), and store the run."})
final class AnalyzeVoiceCommand implements Callable<Integer> {
    @ParentCommand
    AnalyzeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First response day (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last response day (yyyy-mm-dd).")
    LocalDate to;

    @Option(names = "--min-sample", defaultValue = "30", description = "Groups with fewer answers are flagged low_sample (default ${DEFAULT-VALUE}).")
    int minSample;

    @Option(names = "--csv", description = "Print the KPI table as CSV.")
    boolean csv;

    @Option(names = "--no-store", description = "Do not store the run.")
    boolean noStore;

    @Override
    public Integer call() {
        if (minSample < 1) {
            throw new UsageException("--min-sample must be >= 1");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (App app = parent.root.open("clientela analyze voice")) {
            Outcome o = analyse(app, from, to, minSample, !noStore);
            Map<String, Object> result = o.result();
            VoiceRun run = o.run();
            if (csv) {
                Output.csv(out, run.kpiRows, List.of("kpi", "grouping", "group", "n", "value", "ci_low", "ci_high", "low_sample"));
            } else if (parent.root.json) {
                out.println(Output.json(result));
            } else {
                print(out, result, run);
            }
        }
        return 0;
    }

    /** One run and what {@code --json} prints of it. */
    record Outcome(VoiceRun run, Map<String, Object> result) {
    }

    /** Reads the feedback from {@code from} to {@code to} (either may be null), analyses it and, when {@code store}, stores the run. */
    static Outcome analyse(App app, LocalDate from, LocalDate to, int minSample, boolean store) {
        try (Tokenizer tokenizer = new Tokenizer()) {
            VoiceOptions options = new VoiceOptions();
            options.lang = "auto";
            VoicePipeline pipeline = options.pipeline(tokenizer);
            List<FeedbackResponses.Response> responses = FeedbackResponses.read(app.workspace().connection(), from, to);
            if (responses.isEmpty()) {
                throw new UsageException("the workspace has no feedback" + (from != null || to != null ? " in the given days" : "")
                        + "; import some first (e.g. 'clientela demo --no-serve')");
            }
            long t0 = System.nanoTime();
            VoiceRun run = new VoiceRun(responses, pipeline, new Kpis(minSample));
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("from", from == null ? null : from.toString());
            provenance.put("to", to == null ? null : to.toString());
            provenance.put("min_sample", minSample);
            provenance.put("sentiment", "VADER-style rules in en/es/zh/hu (RuleScorer), models: " + pipeline.sentiment().models().values().stream()
                    .map(Provenance::data).toList());
            provenance.put("taxonomy", pipeline.taxonomy().source());
            provenance.put("intervals", "95% normal approximation: NPS multinomial, CSAT Wilson, CES mean");
            provenance.put("emerging", "Dunning G2, Benjamini-Hochberg FDR 0.05, min 5 responses, last month vs the one before");
            Map<String, Object> result = new LinkedHashMap<>();
            if (store) {
                LocalDateTime now = LocalDateTime.now(app.clock());
                long runId = VoiceResults.save(app.workspace().connection(), now, Output.compactJson(provenance),
                        Output.compactJson(run.aggregates), run.rows);
                result.put("run_id", runId);
                result.put("created_at", now.toString());
            }
            result.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);
            result.put("provenance", provenance);
            result.putAll(run.aggregates);
            return new Outcome(run, result);
        }
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter out, Map<String, Object> r, VoiceRun run) {
        out.printf("%s responses, %s with text (%s empty); languages %s; sentiment %s%n", r.get("responses"), r.get("with_text"), r.get("empty_text"),
                r.get("languages"), r.get("sentiment"));
        if (r.containsKey("run_id")) {
            out.println("stored as voice run " + r.get("run_id"));
        }
        out.println();
        Output.table(out, run.kpiRows, 30);
        out.println();
        out.println("themes:");
        List<Map<String, Object>> themes = new java.util.ArrayList<>();
        ((Map<String, Map<String, Object>>) r.get("themes")).forEach((t, m) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("theme", t);
            row.putAll(m);
            themes.add(row);
        });
        Output.table(out, themes, 30);
        out.println();
        out.println("significant month-to-month changes (5% level):");
        List<Map<String, Object>> changes = new java.util.ArrayList<>();
        ((Map<String, Map<String, Object>>) r.get("kpis")).forEach((kpi, m) -> {
            for (Object o : (List<?>) m.get("month_changes")) {
                io.clientela.analytics.voice.kpi.Kpis.Change c = (io.clientela.analytics.voice.kpi.Kpis.Change) o;
                if (c.significant()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kpi", kpi.toUpperCase(java.util.Locale.ROOT));
                    row.put("from", c.from());
                    row.put("to", c.to());
                    row.put("change", TextCommand.round(c.difference()));
                    row.put("p", TextCommand.round(c.p()));
                    changes.add(row);
                }
            }
        });
        Output.table(out, changes, 30);
        out.println();
        out.println("candidate themes (frequent phrases no theme covers):");
        Output.table(out, (List<Map<String, Object>>) r.get("candidate_themes"), 40);
        out.println();
        out.println("emerging in the last month:");
        Output.table(out, (List<Map<String, Object>>) r.get("emerging_last_month"), 30);
        Map<String, Map<String, Object>> allDrivers = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) r.get("key_drivers")).forEach((k, v) -> allDrivers.put("ratings of " + k, v));
        ((Map<String, Map<String, Object>>) r.get("key_driver_themes")).forEach((k, v) -> allDrivers.put("themes of " + k, v));
        allDrivers.forEach((survey, m) -> {
            out.println();
            out.println("key drivers: " + survey + " (" + m.get("responses") + " responses, R² " + m.get("r_squared") + "; LMG, 95% bootstrap interval):");
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            if (m.get("drivers") instanceof List<?> ds) {
                for (Object o : ds) {
                    io.clientela.analytics.voice.drivers.Driver d = (io.clientela.analytics.voice.drivers.Driver) o;
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("driver", d.name());
                    row.put("importance", TextCommand.round(d.importance()));
                    row.put("ci", "[" + TextCommand.round(d.low()) + ", " + TextCommand.round(d.high()) + "]");
                    row.put("share", TextCommand.round(d.share()));
                    row.put("performance", TextCommand.round(d.performance()));
                    row.put("act", d.quadrant());
                    rows.add(row);
                }
            } else {
                out.println("  " + m.get("error"));
            }
            Output.table(out, rows, 30);
        });
        List<?> rejected = (List<?>) r.get("rejected_scores");
        if (!rejected.isEmpty()) {
            out.println();
            out.println("rejected scores (left out of the KPIs):");
            Output.table(out, (List<Map<String, Object>>) rejected, 60);
        }
    }
}
