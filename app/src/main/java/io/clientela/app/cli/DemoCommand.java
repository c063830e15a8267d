package io.clientela.app.cli;

import io.clientela.service.summary.Headlines;
import io.clientela.app.App;
import io.clientela.core.FaultException;
import io.clientela.core.UsageException;
import io.clientela.core.demo.DemoCompany;
import io.clientela.core.demo.DemoManifest;
import io.clientela.core.demo.DemoSpec;
import io.clientela.ingest.ImportReport;
import io.clientela.ingest.MappingReader;
import io.clientela.service.access.Role;
import io.clientela.service.value.ValueAnalysis;
import io.clientela.service.value.ValueRequest;
import io.clientela.store.WorkspaceStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** {@code clientela demo}: generate the demo company, import it through the normal path, show what loaded. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate the seeded demo company \"Casa Nova\" (customers in 8 countries, two years of orders, web events, "
                + "tickets, surveys in English, Spanish, Chinese and Hungarian, B2B deals, campaigns, targets), import it through the "
                + "same mappings and rules as real data, and show what was loaded. Running it again on the same workspace adds nothing."})
final class DemoCommand implements Callable<Integer> {
    static final LocalDate DEFAULT_END = LocalDate.of(2026, 10, 31);

    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", defaultValue = "20000", description = "Number of customers (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}); the same seed gives the same company.")
    long seed;

    @Option(names = "--end-date", description = "Last day of the data (default 2026-10-31, so the demo is the same every day).")
    LocalDate endDate;

    @Option(names = "--months", defaultValue = "24", description = "Months of history (default ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--no-serve", description = "Load and exit, for scripts (by default the server starts after loading).")
    boolean noServe;

    @Option(names = "--no-rules", description = "Do not run the example rules over the last two weeks (the agent's inbox and the outbox stay empty).")
    boolean noRules;

    @picocli.CommandLine.Mixin
    ServeCommand.ServerOptions server;

    @Override
    public Integer call() {
        DemoSpec demo;
        try {
            demo = new DemoSpec(seed, customers, endDate == null ? DEFAULT_END : endDate, months);
        } catch (IllegalArgumentException e) {
            throw new io.clientela.core.UsageException(e.getMessage());
        }
        if (server.noCollector || server.noDashboard) {
            throw new UsageException("the demo serves its shop page, the tracker and the dashboard together: drop --no-collector and --no-dashboard "
                    + "(or load it with --no-serve and run 'clientela serve' with them)");
        }
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        List<Map<String, Object>> imports = new ArrayList<>();
        writeConfig(root.workspaceDir());
        App app = root.openToServe("clientela demo");
        try {
            Path dir = app.workspace().dir().resolve("demo-files").resolve("seed-" + seed + "-" + customers + "-" + demo.endDate() + "-" + months);
            DemoManifest manifest;
            try (Progress bar = Progress.start(root.terminal, !root.json, "Generating", customers)) {
                manifest = DemoCompany.write(dir, demo, bar::stepTo);
            }
            double generated = (System.nanoTime() - t0) / 1e9;
            try (Progress bar = Progress.start(root.terminal, !root.json, "Importing", manifest.rows())) {
                for (DemoManifest.Entry e : manifest.files()) {
                    ImportReport r = app.importer().importFile(new MappingReader().read(e.mapping()), e.data(),
                            (f, stage, stages, name) -> bar.message(e.data().getFileName() + ": " + name));
                    bar.stepBy(e.rows(), e.data().getFileName() + ": done");
                    imports.add(ImportCommand.asMap(r));
                }
            }
            result.put("company", "Casa Nova (demo)");
            result.put("spec", Map.of("seed", seed, "customers", customers, "end_date", demo.endDate().toString(), "months", months));
            result.put("files", dir.toString());
            result.put("generated_seconds", Math.round(generated * 100) / 100.0);
            result.put("imports", imports);
            result.put("deliberately_bad_rows", manifest.deliberatelyBadRows());
            result.put("planted_patterns", manifest.planted());
            result.put("status", WorkspaceStatus.of(app.workspace()).get("counts"));
            try (Progress bar = Progress.start(root.terminal, !root.json, "Analysing", 7)) {
                int[] step = {0};
                ValueAnalysis.Outcome value = new ValueAnalysis(app.workspace(), app.clock())
                        .run(new ValueRequest(ValueRequest.ALL, null, null, app.config().value(), false), name -> bar.step(name, ++step[0], 7));
                result.put("value_run", value.report());
                // after the value run: the voice run reads its RFM segments
                bar.step("voice", ++step[0], 7);
                result.put("voice_run", voiceSummary(new io.clientela.service.voice.VoiceAnalysis(app.workspace(), app.clock()).run(null, null, 30, true).result()));
            }
            result.put("users", createDemoUsers(app));
            if (!noRules) {
                result.put("service", DemoInbox.run(app, demo.endDate()));
            }
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        result.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        if (noServe) {
            app.close();
        }
        if (root.json) {
            out.println(Output.json(result));
        } else {
            print(out, result, imports);
        }
        if (!noServe) {
            serve(app, out);
        }
        return 0;
    }

    /**
     * One dashboard user per role (admin, analyst, agent, viewer), named after the role, each with a
     * new random password (set again on every run, so the printed ones always work).
     */
    static List<Map<String, Object>> createDemoUsers(App app) {
        io.clientela.service.access.Users users = UserCommand.users(app);
        java.security.SecureRandom random = new java.security.SecureRandom();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Role role : Role.PEOPLE) {
            StringBuilder pw = new StringBuilder();
            String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            for (int i = 0; i < 14; i++) {
                pw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean exists = users.list().stream().anyMatch(u -> role.id().equals(u.get("username")));
            if (exists) {
                users.passwd(role.id(), pw.toString().toCharArray());
            } else {
                users.add(role.id(), role, pw.toString().toCharArray());
            }
            out.add(new LinkedHashMap<>(Map.of("username", role.id(), "role", role.id(), "password", pw.toString())));
        }
        return out;
    }

    static void printDemoUsers(PrintWriter out, List<Map<String, Object>> users, Root root) {
        out.println();
        out.println("Dashboard users (passwords are new on every demo run; change them with '" + root.hint("user passwd NAME") + "'):");
        users.forEach(u -> out.printf("  %-8s password %s%n", u.get("username"), u.get("password")));
        out.println("Sign in to the dashboard at the address the server prints below (or run '" + root.hint("serve") + "' later).");
    }

    /** What the demo prints of its voice run: id, counts, languages, sentiment and the overall KPIs. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> voiceSummary(Map<String, Object> run) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : List.of("run_id", "responses", "with_text", "languages", "sentiment")) {
            out.put(k, run.get(k));
        }
        Map<String, Object> kpis = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) run.get("kpis")).forEach((scale, m) -> {
            io.clientela.analytics.voice.kpi.Kpi all = (io.clientela.analytics.voice.kpi.Kpi) m.get("all");
            kpis.put(scale, Map.of("n", all.n(), "value", io.clientela.analytics.voice.VoiceRun.round(all.value())));
        });
        out.put("kpis", kpis);
        return out;
    }

    /** The demo's own clientela.yaml (unless the workspace has one): its orders are in six currencies, reported in US dollars. */
    private static void writeConfig(Path workspace) {
        Path file = workspace.resolve(io.clientela.app.WorkspaceConfig.FILE);
        if (Files.exists(file)) {
            return;
        }
        StringBuilder yaml = new StringBuilder("# Written by 'clientela demo'. The demo shop sells in six currencies; value analyses report in US dollars.\n")
                .append("currency:\n  base: USD\n  rates:            # units per 1 USD\n");
        DemoCompany.exchangeRatesPerUsd().forEach((code, rate) -> yaml.append("    ").append(code).append(": ").append(rate).append('\n'));
        try {
            Files.createDirectories(workspace);
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new FaultException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Starts the server on the demo workspace with a fresh write key for the shop page, and waits until stopped. */
    private void serve(App app, PrintWriter out) {
        io.clientela.app.Serving serving;
        io.clientela.service.access.NewApiKey key;
        try {
            // source "shop": the page is the shop, so the customer ids it names are the shop's and link to the demo's shop customers
            key = app.apiKeys().create(Role.WRITER, "shop", "demo tracker");
            serving = server.start(app);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        String shop = serving.url() + "/demo/shop?key=" + key.secret();
        ServeCommand.announce(out, root.json, serving, Map.of("tracker_key", key.secret(), "shop", shop), List.of(
                "  tracker key (write-only): " + key.secret(),
                "  demo shop using the tracker: " + shop,
                "  tracker script: " + serving.url() + "/tracker.js"));
        try {
            ServeCommand.waitForShutdown(app, serving);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A map of counts in words: "champions 492, loyal 315". */
    private static String words(Object map) {
        if (!(map instanceof Map<?, ?> m)) {
            return String.valueOf(map);
        }
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + " " + (v instanceof Long || v instanceof Integer ? String.format("%,d", ((Number) v).longValue()) : Output.text(v))));
        return String.join(", ", parts);
    }

    @SuppressWarnings("unchecked")
    private void print(PrintWriter out, Map<String, Object> result, List<Map<String, Object>> imports) {
        out.printf("Casa Nova demo company: %,d customers, seed %d, data until %s%n", customers, seed,
                ((Map<String, Object>) result.get("spec")).get("end_date"));
        for (Map<String, Object> r : imports) {
            out.printf("  %-24s %-16s %,10d rows: %,d accepted, %,d unchanged, %,d quarantined%n",
                    Path.of((String) r.get("file")).getFileName(), r.get("status"), r.get("rows_read"), r.get("accepted"), r.get("unchanged"),
                    r.get("quarantined"));
        }
        out.println();
        out.println("Workspace now holds:");
        ((Map<String, Object>) result.get("status")).forEach((k, v) -> out.printf("  %-22s %,12d%n", k.replace('_', ' '), ((Number) v).longValue()));
        out.println();
        out.println("Patterns planted for the analyses to find:");
        ((List<String>) result.get("planted_patterns")).forEach(p -> out.println("  - " + p));
        Map<String, Object> value = (Map<String, Object>) result.get("value_run");
        out.println();
        out.printf("Value analyses (run %s, as of %s):%n", value.get("run_id"), value.get("as_of"));
        out.println("  RFM segments: " + words(((Map<String, Object>) value.get("rfm")).get("segments")));
        out.println("  satisfaction × revenue: " + words(((Map<String, Object>) value.get("quadrant")).get("sizes")));
        Map<String, Object> clv = (Map<String, Object>) value.get("clv");
        out.println("  lifetime value: " + (Boolean.TRUE.equals(clv.get("scored")) ? "total " + Headlines.whole(((Number) clv.get("total_clv")).doubleValue()) + " USD over "
                + ((Map<String, Object>) clv.get("terms")).get("horizon_months") + " months" : clv.get("reason")));
        Map<String, Object> voice = (Map<String, Object>) result.get("voice_run");
        out.println();
        out.printf("Voice of the customer (run %s): %,d responses, %,d with text; languages: %s%n", voice.get("run_id"),
                ((Number) voice.get("responses")).longValue(), ((Number) voice.get("with_text")).longValue(), words(voice.get("languages")));
        if (voice.get("sentiment") instanceof Map<?, ?> s) {
            out.println("  sentiment of the comments: " + words(s.get("labels")) + " (mean " + Output.text(s.get("mean")) + " on a scale from -1 to 1)");
        }
        List<String> kpis = new ArrayList<>();
        ((Map<String, Map<String, Object>>) voice.get("kpis")).forEach((scale, k) -> kpis.add(scale.toUpperCase(java.util.Locale.ROOT) + " "
                + Output.number(Math.round(((Number) k.get("value")).doubleValue() * 10) / 10.0) + String.format(" (%,d answers)", ((Number) k.get("n")).longValue())));
        out.println("  KPIs: " + String.join(", ", kpis));
        Map<String, Object> service = (Map<String, Object>) result.getOrDefault("service", Map.of());
        out.println();
        if (!service.isEmpty()) {
            out.printf("Service: the example rules (examples/rules/casa-nova.yaml) ran over the last %d days of feedback, tickets and orders "
                    + "(%,d items): %s alerts, %s cases opened%n", DemoInbox.DAYS, ((Number) service.get("items_replayed")).longValue(), service.get("alerts"),
                    service.get("cases_opened"));
            ((Map<String, Object>) service.get("firings_by_rule")).forEach((rule, n) -> out.printf("  %-28s fired %s times%n", rule, n));
            Object agentCases = ((Map<String, Object>) service.get("cases_by_owner")).getOrDefault("agent", 0);
            out.printf("  the demo agent's inbox holds %s cases; the alert e-mails are in the dashboard's Outbox (admin and analyst)%n", agentCases);
        }
        out.printf("%nDone in %.1f s. Try:%n", (Double) result.get("seconds"));
        for (String[] next : new String[][] {{"customer show S0000001", "one customer's 360 view"},
                {"customer explain S0000001", "why their shop, CRM, help desk and survey records are one customer"},
                {"quarantine", "the deliberately bad rows and why they were rejected"},
                {"cases list --owner agent", "the demo agent's inbox: the cases the example rules opened"},
                {"analyze value", "RFM, ABC, quadrant, lifetime value and cohorts again (stored as a run)"},
                {"analyze voice", "NPS, CSAT, CES, sentiment, themes, terms and key drivers again (stored as a run)"}}) {
            out.printf("  %-40s # %s%n", root.hint(next[0]), next[1]);
        }
        printDemoUsers(out, (List<Map<String, Object>>) result.get("users"), root);
        out.println(noServe ? "Started without the server (--no-serve); '" + root.hint("serve") + "' starts it." : "Starting the server...");
        out.flush();
    }
}
