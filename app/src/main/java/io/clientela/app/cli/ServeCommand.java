package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.app.http.ServerSettings;
import io.clientela.core.UsageException;
import io.clientela.service.rules.ActionRules;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela serve}: the HTTP server with the collection API, the tracker and the demo shop. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the workspace until stopped (Ctrl-C): the dashboard and REST API (sign in as a user, see 'clientela user';"
                + " docs/dashboard.md), the collector (POST /api/v1/events, /api/v1/feedback, /api/v1/orders; see docs/api.md), the web"
                + " tracker at /tracker.js and a demo shop page at /demo/shop?key=KEY; with --rules, the rules act on what arrives.",
                "Requests need an API key: create one with 'clientela apikey create --role write --source shop', in the source the"
                        + " customer ids sent live in (the demo company's shop customers are in 'shop')."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        App app = root.openToServe("clientela serve");
        Serving serving;
        try {
            serving = server.start(app);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        announce(spec.commandLine().getOut(), root.json, serving, Map.of(), List.of());
        waitForShutdown(app, serving);
        return 0;
    }

    /** Prints where the server listens (as JSON with --json) and any extra lines. */
    static void announce(PrintWriter out, boolean json, Serving serving, Map<String, Object> extra, List<String> lines) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", serving.url());
            m.putAll(extra);
            out.println(Output.compactJson(m));
        } else {
            List<String> parts = new java.util.ArrayList<>();
            if (serving.dashboard()) {
                parts.add("dashboard: " + serving.url() + "/, REST API: /api/v1, /api/openapi.json");
            }
            if (serving.collector() != null) {
                parts.add("collector: POST /api/v1/events, /api/v1/feedback, /api/v1/orders");
            }
            out.println("Clientela is serving " + serving.url() + " (" + String.join("; ", parts) + ")");
            lines.forEach(out::println);
            out.println("Stop with Ctrl-C.");
        }
        out.flush();
    }

    /** Blocks until the process is asked to stop, then stops the server (writing queued batches) and closes the workspace. */
    static void waitForShutdown(App app, Serving serving) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serving.close();
            app.close();
            stopped.countDown();
        }, "clientela-shutdown"));
        stopped.await();
    }

    /** The options of a server, shared by serve and demo. */
    static final class ServerOptions {
        @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
        String host;

        @Option(names = "--max-body-bytes", defaultValue = "1048576", description = "Largest request body taken (default ${DEFAULT-VALUE}); larger gets 413.")
        int maxBodyBytes;

        @Option(names = "--max-batch-items", defaultValue = "1000", description = "Most items in one batch (default ${DEFAULT-VALUE}); more gets 413.")
        int maxItems;

        @Option(names = "--max-queued-items", defaultValue = "50000",
                description = "Most items waiting to be written (default ${DEFAULT-VALUE}); beyond it batches get 429 with Retry-After.")
        int maxQueued;

        @Option(names = "--max-group-items", defaultValue = "5000", description = "Most items written in one transaction (default ${DEFAULT-VALUE}).")
        int maxGroup;

        @Option(names = "--rules", paramLabel = "FILE",
                description = "A rule file (docs/actions.md) to evaluate on every collected item and, for early warnings, every minute "
                        + "(default: action-rules.yaml in the workspace when it exists; PUT /api/v1/rules/file replaces it while serving).")
        java.nio.file.Path rules;

        @Option(names = "--allow-origin", paramLabel = "ORIGIN",
                description = "A web origin, e.g. https://shop.example.com, whose pages may send events, feedback and orders here with the "
                        + "tracker (repeatable; * for any). Without it only pages this server serves may.")
        java.util.List<String> allowedOrigins = new java.util.ArrayList<>();

        @Option(names = "--no-dashboard", description = "Serve only the collection API and the tracker, not the sign-in, REST API and dashboard.")
        boolean noDashboard;

        @Option(names = "--no-collector", description = "Serve only the sign-in, REST API and dashboard, not the collection API and the tracker "
                + "(and evaluate no rules live).")
        boolean noCollector;

        /** Starts the server and the command line's door into it ({@link AdminChannel}). */
        Serving start(App app) {
            Serving serving = startServer(app);
            try {
                return serving.also(AdminChannel.start(app, app.clock(), serving.url()));
            } catch (RuntimeException e) {
                serving.close();
                throw e;
            }
        }

        private Serving startServer(App app) {
            ServerSettings settings;
            try {
                settings = new ServerSettings(host, port, maxBodyBytes, maxItems, allowedOrigins);
                if (maxQueued < 1 || maxGroup < 1) {
                    throw new IllegalArgumentException("--max-queued-items and --max-group-items must be positive");
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (noDashboard && noCollector) {
                throw new UsageException("--no-dashboard and --no-collector leave nothing to serve; drop one of them");
            }
            if (noCollector) {
                if (rules != null) {
                    throw new UsageException("--rules act on collected items: they need the collector (drop --no-collector)");
                }
                return app.serveDashboard(settings, app.config().auth());
            }
            ActionRules live = app.actionRules();
            live.serve(rules);
            try {
                return app.serve(settings, live, maxQueued, maxGroup, !noDashboard).also(live);
            } catch (RuntimeException e) {
                live.close();
                throw e;
            }
        }
    }
}
