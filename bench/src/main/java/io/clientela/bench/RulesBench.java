package io.clientela.bench;

import io.clientela.action.rule.Evaluation;
import io.clientela.action.rule.RuleEngine;
import io.clientela.action.rule.RuleFile;
import io.clientela.action.rule.RuleSet;
import io.clientela.action.rule.Trigger;
import io.clientela.app.App;
import io.clientela.app.cli.Output;
import io.clientela.store.Db;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code clientela bench rules}: how fast the rule engine evaluates batches of incoming items, as the
 * collector would hand them over (mostly web events, some feedback and tickets), in a fresh workspace.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Evaluate batches of items (90 %% page views, 5 %% feedback, 5 %% tickets) against a rule file; print items/s and batch latency.",
                "Alerts and cases are written as usual; e-mail is not sent."})
final class RulesBench implements Callable<Integer> {
    @ParentCommand
    BenchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", defaultValue = "examples/rules/casa-nova.yaml", description = "Rule file (default ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--batches", defaultValue = "200", description = "Measured batches (default ${DEFAULT-VALUE}), after 20 warm-up ones.")
    int batches;

    @Option(names = "--batch-size", defaultValue = "100", description = "Items per batch (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--customers", defaultValue = "10000", description = "Customers in the workspace (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        RuleSet file = RuleFile.load(rules);
        RuleSet set = new RuleSet(file.source(), file.rules(), file.routing(), file.sla(),
                new io.clientela.action.alert.DeliverySettings(null, 1, java.time.Duration.ZERO, java.time.Duration.ofSeconds(1)), List.of());
        Path ws = Files.createTempDirectory("clientela-bench-rules");
        SplittableRandom random = new SplittableRandom(seed);
        double[] ms = new double[batches];
        long fired = 0;
        try (App app = App.open(ws, "bench rules", parent.clock)) {
            Db.execute(app.workspace().connection(), "INSERT INTO customers (customer_id, name, region, records) SELECT range, 'Customer ' || range, "
                    + "'Europe', 1 FROM range(1, " + (customers + 1) + ")");
            RuleEngine engine = app.rules(set, null);
            for (int b = 0; b < 20 + batches; b++) {
                List<Trigger> batch = new ArrayList<>(size);
                Instant now = parent.clock.instant();
                for (int i = 0; i < size; i++) {
                    long customer = 1 + random.nextInt(customers);
                    double p = random.nextDouble();
                    String id = "B" + b + "-" + i;
                    batch.add(p < 0.90 ? new Trigger("event", "page_view", customer, Map.of("url", "/p/" + random.nextInt(500)), now, id, false)
                            : p < 0.95 ? new Trigger("feedback", "nps", customer, Map.of("nps", (double) random.nextInt(11)), now, id, false)
                            : new Trigger("ticket", "delivery", customer, Map.of(), now, id, false));
                }
                long t0 = System.nanoTime();
                Evaluation e = engine.evaluate(batch);
                if (b >= 20) {
                    ms[b - 20] = (System.nanoTime() - t0) / 1e6;
                    fired += e.fired().size();
                }
            }
        } finally {
            BenchCommand.deleteTree(ws);
        }
        double total = Arrays.stream(ms).sum();
        Arrays.sort(ms);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("items", (long) batches * size);
        r.put("batch_size", size);
        r.put("firings", fired);
        r.put("items_per_second", Math.round(batches * size / (total / 1000)));
        r.put("batch_p50_ms", Math.round(ms[ms.length / 2] * 10) / 10.0);
        r.put("batch_p99_ms", Math.round(ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)] * 10) / 10.0);
        PrintWriter out = spec.commandLine().getOut();
        out.println(parent.json ? Output.json(r) : String.format("%,d items in batches of %d against %s: %,d items/s, batch p50 %.1f ms, p99 %.1f ms, %d firings",
                r.get("items"), size, rules, r.get("items_per_second"), r.get("batch_p50_ms"), r.get("batch_p99_ms"), fired));
        return 0;
    }
}
