package io.clientela.app.cli;

import io.clientela.service.summary.Headlines;
import io.clientela.analytics.voice.VoiceRun;
import io.clientela.app.App;
import io.clientela.service.voice.VoiceAnalysis;
import java.io.PrintWriter;
import java.time.LocalDate;
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

    @picocli.CommandLine.Mixin
    FormatOption format;

    @Option(names = "--no-store", description = "Do not store the run.")
    boolean noStore;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FormatOption.Kind kind = format.kind(parent.root.json);
        boolean csv = kind == FormatOption.Kind.CSV;
        try (App app = parent.root.open("clientela analyze voice")) {
            VoiceAnalysis.Outcome o = new VoiceAnalysis(app.workspace(), app.clock()).run(from, to, minSample, !noStore);
            Map<String, Object> result = o.result();
            VoiceRun run = o.run();
            if (csv) {
                Output.csv(out, run.kpiRows(), List.of("kpi", "grouping", "group", "n", "value", "ci_low", "ci_high", "low_sample"));
            } else if (kind == FormatOption.Kind.JSON) {
                out.println(Output.json(result));
            } else {
                print(out, result, run);
            }
        }
        return 0;
    }

    /** A map as rows of two named columns. */
    static List<Map<String, Object>> pairs(Map<String, Object> m, String key, String value) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        if (m != null) {
            m.forEach((k, v) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(key, k);
                row.put(value, v);
                rows.add(row);
            });
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter out, Map<String, Object> r, VoiceRun run) {
        Headlines.print(out, Headlines.voice(r, run.kpiRows()));
        out.printf("%,d responses, %,d with text (%,d empty)%s%n", ((Number) r.get("responses")).longValue(), ((Number) r.get("with_text")).longValue(),
                ((Number) r.get("empty_text")).longValue(), r.containsKey("run_id") ? "; stored as voice run " + r.get("run_id") : "");
        out.println();
        out.println("languages:");
        Output.table(out, pairs((Map<String, Object>) r.get("languages"), "language", "responses"), 30);
        if (r.get("sentiment") instanceof Map<?, ?> s && s.get("labels") instanceof Map<?, ?> labels) {
            out.println();
            out.println("sentiment of the comments (mean " + Output.text(s.get("mean")) + " on a scale from -1 to 1):");
            Output.table(out, pairs((Map<String, Object>) labels, "sentiment", "comments"), 30);
        }
        out.println();
        out.println("KPIs with 95% intervals:");
        Output.table(out, run.kpiRows(), 30);
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
                    row.put("change", VoiceRun.round(c.difference()));
                    row.put("p", VoiceRun.round(c.p()));
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
                    row.put("importance", VoiceRun.round(d.importance()));
                    row.put("ci", "[" + Output.number(VoiceRun.round(d.low())) + ", " + Output.number(VoiceRun.round(d.high())) + "]");
                    row.put("share", VoiceRun.round(d.share()));
                    row.put("performance", VoiceRun.round(d.performance()));
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
