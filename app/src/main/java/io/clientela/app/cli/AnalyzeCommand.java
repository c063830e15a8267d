package io.clientela.app.cli;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.value.clv.BgNbd;
import io.clientela.analytics.value.clv.FitReport;
import io.clientela.analytics.value.clv.GammaGamma;
import io.clientela.analytics.value.clv.ParetoNbd;
import io.clientela.analytics.value.clv.RfmSummary;
import io.clientela.app.App;
import io.clientela.store.value.PurchaseHistory;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela analyze}: customer-value analyses (more arrive with issue #3). */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Run analyses on the workspace.",
        subcommands = {AnalyzeCommand.Clv.class, AnalyzeVoiceCommand.class})
final class AnalyzeCommand implements Runnable {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "clv", mixinStandardHelpOptions = true,
            description = {"Fit the BG/NBD, Pareto/NBD and Gamma-Gamma models to the orders up to the calibration end",
                    "(same-day orders are one transaction) and print their parameters and log-likelihoods."})
    static final class Clv implements Callable<Integer> {
        @ParentCommand
        AnalyzeCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--calibration-end", required = true, paramLabel = "DATE", description = "Last day of the calibration period (yyyy-mm-dd).")
        LocalDate calibrationEnd;

        @Option(names = "--period", defaultValue = "week", description = "Time unit of the models: day, week or month (default ${DEFAULT-VALUE}).")
        String period;

        @Override
        public Integer call() {
            List<PurchaseHistory.Row> rows;
            try (App app = parent.root.open("clientela analyze clv")) {
                rows = PurchaseHistory.summarise(app.workspace().connection(), calibrationEnd, period);
            }
            List<RfmSummary> customers = rows.stream().map(r -> new RfmSummary(r.x(), r.tx(), r.age(), r.meanValue(), r.customers())).toList();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("calibration_end", calibrationEnd.toString());
            out.put("period", period);
            out.put("customers", (long) customers.stream().mapToDouble(RfmSummary::weight).sum());
            out.put("repeat_buyers", (long) customers.stream().filter(c -> c.x() > 0).mapToDouble(RfmSummary::weight).sum());
            out.put("bgnbd", fit(BgNbd::fit, customers, "r", "alpha", "a", "b"));
            out.put("gamma_gamma", fit(GammaGamma::fit, customers, "p", "q", "gamma"));
            out.put("pareto_nbd", fit(ParetoNbd::fit, customers, "r", "alpha", "s", "beta"));
            PrintWriter w = spec.commandLine().getOut();
            if (parent.root.json) {
                w.println(Output.json(out));
            } else {
                out.forEach((k, v) -> w.printf("%-16s %s%n", k, v));
            }
            return 0;
        }

        private static Map<String, Object> fit(Function<List<RfmSummary>, FitReport> model, List<RfmSummary> customers, String... names) {
            Map<String, Object> m = new LinkedHashMap<>();
            try {
                long t0 = System.nanoTime();
                FitReport f = model.apply(customers);
                double seconds = (System.nanoTime() - t0) / 1e9;
                for (String n : names) {
                    m.put(n, round(f.parameter(n)));
                }
                m.put("log_likelihood", round(f.logLikelihood()));
                m.put("iterations", f.iterations());
                m.put("algorithm_version", f.algorithmVersion());
                m.put("fit_seconds", Math.round(seconds * 1e4) / 1e4);
            } catch (AnalyticsException e) {
                m.put("error", e.getMessage());
            }
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 1e6) / 1e6;
        }
    }
}
