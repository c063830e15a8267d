package io.clientela.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.clientela.action.alert.Dispatcher;
import io.clientela.action.rule.Evaluation;
import io.clientela.action.rule.RuleEngine;
import io.clientela.action.rule.RuleFile;
import io.clientela.action.rule.RuleSet;
import io.clientela.action.rule.Trigger;
import io.clientela.app.App;
import io.clientela.app.cli.Output;
import io.clientela.core.ClientelaException;
import io.clientela.store.Db;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code clientela bench alert}: end-to-end alert latency. Each round stores a detractor feedback
 * in a fresh workspace, evaluates the rules on it and waits until the alert e-mail has arrived at an
 * in-process SMTP server (GreenMail) on loopback; prints the latency distribution.
 */
@Command(name = "alert", mixinStandardHelpOptions = true,
        description = {"Time from a triggering feedback (stored, then evaluated) to its alert e-mail arriving at a local SMTP server.",
                "Target: under 1 s. Prints p50, p90, p99 and max."})
final class AlertBench implements Callable<Integer> {
    private static final String RULES = """
            recipients:
              service: {email: service@casanova.example}
            routing: [account_owner, {fallback: service}]
            delivery:
              smtp: {host: 127.0.0.1, port: %d, from: alerts@casanova.example}
              attempts: 3
              backoff: 200ms
            rules:
              - id: detractor
                on: feedback
                when: item.nps <= 6 and count(feedback, 30d) >= 1
                actions:
                  - alert: {priority: high, title: "{customer.name} turned detractor (NPS {item.nps})", recommend: Call within 24 h, notify: [email]}
                  - case: high
            """;

    @ParentCommand
    BenchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "300", description = "Measured triggering events (default ${DEFAULT-VALUE}), after 30 warm-up ones.")
    int events;

    @Option(names = "--customers", defaultValue = "10000", description = "Customers in the workspace (default ${DEFAULT-VALUE}).")
    int customers;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path ws = Files.createTempDirectory("clientela-bench-alert");
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        double[] ms = new double[events];
        double[] evalMs = new double[events];
        try (App app = App.open(ws, "bench alert", parent.clock)) {
            RuleSet set = RuleFile.parse("bench rules", RULES.formatted(smtp.getSmtp().getPort()));
            Db.execute(app.workspace().connection(), "INSERT INTO customers (customer_id, name, email, region, records) SELECT range, 'Customer ' || range, "
                    + "'c' || range || '@example.com', 'Europe', 1 FROM range(1, " + (customers + 1) + ")");
            try (Dispatcher d = app.dispatcher(set)) {
                RuleEngine engine = app.rules(set, d);
                int warmup = 30;
                for (int i = 0; i < warmup + events; i++) {
                    long t0 = System.nanoTime();
                    Instant now = Instant.now();
                    long customer = 1 + (i * 7919L) % customers;
                    String id = "F" + i;
                    Db.update(app.workspace().connection(), "INSERT INTO feedback (source, feedback_id, customer_key, customer_id, responded_at, survey, nps) "
                            + "VALUES ('bench', ?, ?, ?, ?, 'nps', ?)", id, String.valueOf(customer), customer, LocalDateTime.ofInstant(now, ZoneOffset.UTC), i % 7);
                    Evaluation e = engine.evaluate(List.of(Trigger.stored("feedback", "nps", customer, Map.of("nps", i % 7), now, id)));
                    long t1 = System.nanoTime();
                    if (e.fired().size() != 1) {
                        throw new ClientelaException("bench: the rule did not fire for event " + i);
                    }
                    if (!smtp.waitForIncomingEmail(10_000, i + 1)) {
                        throw new ClientelaException("bench: the alert e-mail for event " + i + " did not arrive within 10 s");
                    }
                    if (i >= warmup) {
                        ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
                        evalMs[i - warmup] = (t1 - t0) / 1e6;
                    }
                }
            }
        } finally {
            smtp.stop();
            BenchCommand.deleteTree(ws);
        }
        Arrays.sort(ms);
        Arrays.sort(evalMs);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("events", events);
        r.put("customers", customers);
        r.put("p50_ms", round(pct(ms, 0.50)));
        r.put("p90_ms", round(pct(ms, 0.90)));
        r.put("p99_ms", round(pct(ms, 0.99)));
        r.put("max_ms", round(ms[ms.length - 1]));
        r.put("within_1s", Arrays.stream(ms).filter(v -> v < 1000).count());
        r.put("store_and_evaluate_p50_ms", round(pct(evalMs, 0.50)));
        r.put("store_and_evaluate_p99_ms", round(pct(evalMs, 0.99)));
        if (parent.json) {
            out.println(Output.json(r));
        } else {
            out.printf("event -> rule -> alert e-mail received, %d events, %,d customers: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; "
                    + "%d of %d within 1 s (storing the item and evaluating the rules: p50 %.1f ms, p99 %.1f ms)%n", events, customers, r.get("p50_ms"),
                    r.get("p90_ms"), r.get("p99_ms"), r.get("max_ms"), r.get("within_1s"), events, r.get("store_and_evaluate_p50_ms"),
                    r.get("store_and_evaluate_p99_ms"));
        }
        return 0;
    }

    private static double pct(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))];
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
