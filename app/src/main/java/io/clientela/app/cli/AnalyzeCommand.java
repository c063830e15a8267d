package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.core.UsageException;
import io.clientela.service.value.ValueAnalysis;
import io.clientela.service.value.ValueRequest;
import io.clientela.service.value.ValueSettings;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela analyze}: customer-value and voice analyses, each stored as a run with its provenance. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"Run analyses on the workspace. Each run is stored with its as-of date, parameters, data window and "
                + "algorithm versions, and writes its per-customer results onto the profiles (see 'customer show')."},
        subcommands = {AnalyzeCommand.Value.class, AnalyzeCommand.RfmRun.class, AnalyzeCommand.AbcRun.class, AnalyzeCommand.QuadrantRun.class,
                AnalyzeCommand.ClvRun.class, AnalyzeCommand.CohortsRun.class, RunsCommand.ListRuns.class, RunsCommand.Show.class,
                AnalyzeVoiceCommand.class})
final class AnalyzeCommand implements Runnable {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options every value analysis shares; unset ones come from clientela.yaml, then the defaults. */
    static final class ValueOptions {
        @Option(names = "--as-of", paramLabel = "DATE", description = "Date the figures are as of (default: the day of the last order, today at the latest).")
        LocalDate asOf;

        @Option(names = "--calibration-end", paramLabel = "DATE",
                description = "End of the purchase models' calibration period; the orders after it, up to --as-of, are the holdout (default: no holdout).")
        LocalDate calibrationEnd;

        @Option(names = "--period", paramLabel = "UNIT", description = "Time unit of the purchase models: day, week or month (default: week).")
        String period;

        @Option(names = "--model", paramLabel = "MODEL", description = "Purchase model that scores customers: bgnbd or pareto_nbd (default: bgnbd).")
        String model;

        @Option(names = "--horizon-months", paramLabel = "N", description = "CLV horizon in months (default: 12).")
        Integer horizonMonths;

        @Option(names = "--discount-rate", paramLabel = "RATE", description = "Annual discount rate for CLV, 0.10 = 10 %% (default: 0.10).")
        Double discountRate;

        @Option(names = "--margin", paramLabel = "SHARE", description = "Share of revenue that is profit, 0-1 (default: from product costs, else 1).")
        Double margin;

        @Option(names = "--abc-by", paramLabel = "WHAT", description = "ABC classes of customers by revenue or margin (default: revenue).")
        String abcBy;

        @Mixin
        FormatOption format;

        ValueSettings settings(ValueSettings configured) {
            try {
                return configured.with(period, model, horizonMonths, discountRate, margin, abcBy);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /** Runs the given analyses and prints the report, the text summary or the per-customer CSV. */
    static int run(AnalyzeCommand parent, CommandSpec spec, ValueOptions o, List<String> analyses, boolean allModels) {
        Root root = parent.root;
        PrintWriter out = spec.commandLine().getOut();
        try (App app = root.open("clientela analyze " + spec.name())) {
            ValueRequest request;
            try {
                request = new ValueRequest(analyses, o.asOf, o.calibrationEnd, o.settings(app.config().value()), allModels);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            FormatOption.Kind kind = o.format.kind(root.json);
            ValueAnalysis.Outcome outcome;
            try (Progress bar = Progress.start(root.terminal, kind == FormatOption.Kind.TABLE, "Analysing", 6)) {
                int[] step = {0};
                outcome = new ValueAnalysis(app.workspace(), app.clock()).run(request, name -> bar.step(name, ++step[0], 6));
                bar.done();
            }
            if (kind == FormatOption.Kind.CSV) {
                RunsCommand.customersCsv(out, app, outcome.run().runId());
            } else if (kind == FormatOption.Kind.JSON) {
                out.println(Output.json(analyses.size() == 1 && !analyses.get(0).equals(ValueRequest.COHORTS)
                        ? single(outcome.report(), analyses.get(0)) : outcome.report()));
            } else {
                ValueText.render(out, outcome.report());
            }
        }
        return 0;
    }

    /** One analysis's section lifted to the top, with the run's provenance beside it. */
    private static Map<String, Object> single(Map<String, Object> report, String analysis) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (String k : List.of("run_id", "as_of", "calibration_end", "data_from", "data_to", "currency", "notes")) {
            m.put(k, report.get(k));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) report.get(analysis);
        m.putAll(section);
        if (analysis.equals(ValueRequest.ABC)) {
            m.put("products", report.get("product_abc"));
        }
        m.put("rollups", report.get("rollups"));
        return m;
    }

    /** A subcommand that runs one analysis of the value pipeline with the shared options. */
    abstract static class OneAnalysis implements Callable<Integer> {
        private final String analysis;
        private final boolean allModels;

        @ParentCommand
        AnalyzeCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        ValueOptions options;

        OneAnalysis(String analysis, boolean allModels) {
            this.analysis = analysis;
            this.allModels = allModels;
        }

        @Override
        public Integer call() {
            return run(parent, spec, options, List.of(analysis), allModels);
        }
    }

    @Command(name = "value", mixinStandardHelpOptions = true,
            description = {"Run every customer-value analysis: RFM, ABC (customers and products), the satisfaction × revenue "
                    + "quadrant, lifetime value (BG/NBD or Pareto/NBD with Gamma-Gamma) and cohorts, with roll-ups by country, "
                    + "region, channel, cohort, product category and for the company."})
    static final class Value implements Callable<Integer> {
        @ParentCommand
        AnalyzeCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        ValueOptions options;

        @Option(names = "--all-models", description = "Fit both purchase models to compare them, not only the scoring one.")
        boolean allModels;

        @Override
        public Integer call() {
            return run(parent, spec, options, ValueRequest.ALL, allModels);
        }
    }

    @Command(name = "rfm", mixinStandardHelpOptions = true,
            description = "Recency, frequency and monetary quintile scores and named segments (definitions in clientela.yaml).")
    static final class RfmRun extends OneAnalysis {
        RfmRun() {
            super(ValueRequest.RFM, false);
        }
    }

    @Command(name = "abc", mixinStandardHelpOptions = true,
            description = "ABC (Pareto) classes of customers by net revenue or margin, and of products by revenue, with the Pareto curves.")
    static final class AbcRun extends OneAnalysis {
        AbcRun() {
            super(ValueRequest.ABC, false);
        }
    }

    @Command(name = "quadrant", mixinStandardHelpOptions = true,
            description = {"The satisfaction × revenue quadrant: model, growing, at-risk and precarious customers; customers "
                    + "without rated feedback are their own group."})
    static final class QuadrantRun extends OneAnalysis {
        QuadrantRun() {
            super(ValueRequest.QUADRANT, false);
        }
    }

    @Command(name = "clv", mixinStandardHelpOptions = true,
            description = {"Fit BG/NBD, Pareto/NBD and Gamma-Gamma (same-day orders are one purchase), print their parameters and "
                    + "log-likelihoods, the holdout check when --calibration-end is before --as-of, and score every customer."})
    static final class ClvRun extends OneAnalysis {
        ClvRun() {
            super(ValueRequest.CLV, true);
        }
    }

    @Command(name = "cohorts", mixinStandardHelpOptions = true,
            description = "Customers by first-purchase month × months since: active customers, retention and net revenue.")
    static final class CohortsRun extends OneAnalysis {
        CohortsRun() {
            super(ValueRequest.COHORTS, false);
        }

        @Override
        public Integer call() {
            if (options.format.kind(parent.root.json) == FormatOption.Kind.CSV) {
                try (App app = parent.root.open("clientela analyze cohorts")) {
                    ValueRequest request = new ValueRequest(List.of(ValueRequest.COHORTS), options.asOf, options.calibrationEnd,
                            options.settings(app.config().value()), false);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> rows = (List<Map<String, Object>>) new ValueAnalysis(app.workspace(), app.clock())
                            .run(request, step -> { }).report().get(ValueRequest.COHORTS);
                    Output.csv(spec.commandLine().getOut(), rows, List.of("cohort", "months_since", "active", "cohort_size", "retention", "revenue",
                            "cumulative_revenue"));
                }
                return 0;
            }
            return super.call();
        }
    }
}
