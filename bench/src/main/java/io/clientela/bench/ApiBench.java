package io.clientela.bench;

import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.app.cli.Output;
import io.clientela.app.http.ServerSettings;
import io.clientela.core.ClientelaException;
import io.clientela.ingest.collect.CollectedItems;
import io.clientela.service.access.AuthSettings;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.Users;
import io.clientela.store.Db;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
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
 * {@code clientela bench api}: the data of every dashboard page fetched over HTTP from a real
 * server on the workspace, as the browser fetches it (one request after another), several rounds;
 * prints the median and worst time per page. Signs in as a temporary admin, removed afterwards.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Time every dashboard page's data requests against a server on the workspace (median and worst of --rounds).")
final class ApiBench implements Callable<Integer> {
    @ParentCommand
    BenchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "5", description = "Rounds per page (default ${DEFAULT-VALUE}); the first is a warm-up, not counted.")
    int rounds;

    @Option(names = "--no-collector", description = "Serve the dashboard alone, as 'serve --no-collector' does (default: with the collector, "
            + "as 'serve' runs).")
    boolean noCollector;

    /** Page name → the requests it makes. {@code {id}} is the customer with the most orders. */
    static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("overview", List.of("/auth/me", "/api/v1/filters", "/api/v1/overview"));
        PAGES.put("overview, filtered", List.of("/api/v1/overview?country=DE&channel=organic&segment=champions"));
        PAGES.put("customers", List.of("/api/v1/customers?size=50&sort=revenue&order=desc"));
        PAGES.put("customer search", List.of("/api/v1/customers?q=smith&size=50"));
        PAGES.put("customer 360", List.of("/api/v1/customers/{id}?limit=200"));
        PAGES.put("rfm", List.of("/api/v1/value/rfm"));
        PAGES.put("abc", List.of("/api/v1/value/abc"));
        PAGES.put("quadrant", List.of("/api/v1/value/quadrant"));
        PAGES.put("clv", List.of("/api/v1/value/clv"));
        PAGES.put("cohorts", List.of("/api/v1/value/cohorts"));
        PAGES.put("voice", List.of("/api/v1/voice/summary", "/api/v1/voice/kpis", "/api/v1/voice/sentiment", "/api/v1/voice/terms?limit=15",
                "/api/v1/voice/themes", "/api/v1/voice/drivers"));
        PAGES.put("voice, filtered", List.of("/api/v1/voice/summary?country=DE&segment=champions&from=2026-01-01",
                "/api/v1/voice/kpis?country=DE&segment=champions&from=2026-01-01", "/api/v1/voice/sentiment?country=DE&segment=champions&from=2026-01-01",
                "/api/v1/voice/terms?limit=15&country=DE&segment=champions&from=2026-01-01", "/api/v1/voice/themes?country=DE&segment=champions&from=2026-01-01",
                "/api/v1/voice/drivers?country=DE&segment=champions&from=2026-01-01"));
        PAGES.put("segments", List.of("/api/v1/segments?size=50", "/api/v1/campaign-list/count"));
        PAGES.put("segments, filtered", List.of("/api/v1/segments?size=50&country=DE", "/api/v1/campaign-list/count?segment=champions&min_clv=100"));
        PAGES.put("campaign list page", List.of("/api/v1/campaign-list?segment=champions&size=50"));
        // Act: the agents' inbox, a case, the follow-up KPIs and the feedback list
        PAGES.put("inbox", List.of("/api/v1/cases?status=open,assigned,in_progress&sort=due_at&order=asc&size=200",
                "/api/v1/alerts?sort=created_at&order=desc&size=50"));
        PAGES.put("case KPIs", List.of("/api/v1/cases/kpis"));
        PAGES.put("feedback, text search", List.of("/api/v1/feedback?q=late&max_nps=6&size=50"));
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 2) {
            throw new io.clientela.core.UsageException("--rounds: expected at least 2 (one warm-up and one measured), got " + rounds);
        }
        String user = "bench-" + Long.toHexString(new SecureRandom().nextLong());
        String password = Long.toHexString(new SecureRandom().nextLong()) + Long.toHexString(new SecureRandom().nextLong());
        List<Map<String, Object>> rows = new ArrayList<>();
        long customers;
        try (App app = parent.open("clientela bench api")) {
            customers = Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM customers");
            Long id = Db.queryLong(app.workspace().connection(), "SELECT customer_id FROM orders WHERE customer_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
            new Users(app.handle(), app.clock(), new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS)).add(user, Role.ADMIN, password.toCharArray());
            ServerSettings settings = new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_MAX_BODY, ServerSettings.DEFAULT_MAX_ITEMS);
            try (Serving server = noCollector ? app.serveDashboard(settings, AuthSettings.DEFAULT)
                    : app.serve(settings, CollectedItems.NONE, 50_000, 5_000, true)) {
                Client client = new Client(server.port());
                client.login(user, password);
                for (Map.Entry<String, List<String>> page : PAGES.entrySet()) {
                    double[] ms = new double[rounds - 1];
                    long bytes = 0;
                    for (int r = 0; r < rounds; r++) {
                        long t0 = System.nanoTime();
                        bytes = 0;
                        for (String path : page.getValue()) {
                            bytes += client.get(path.replace("{id}", String.valueOf(id)));
                        }
                        if (r > 0) {
                            ms[r - 1] = (System.nanoTime() - t0) / 1e6;
                        }
                    }
                    Arrays.sort(ms);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("page", page.getKey());
                    row.put("requests", page.getValue().size());
                    row.put("median_ms", Math.round(ms[ms.length / 2] * 10) / 10.0);
                    row.put("worst_ms", Math.round(ms[ms.length - 1] * 10) / 10.0);
                    row.put("bytes", bytes);
                    rows.add(row);
                }
            } finally {
                new Users(app.handle(), app.clock(), new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS)).remove(user);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("customers", customers);
        result.put("rounds", rounds - 1);
        result.put("pages", rows);
        if (parent.json) {
            out.println(Output.json(result));
        } else {
            out.printf("Dashboard page data over HTTP, %,d customers, median and worst of %d rounds:%n", customers, rounds - 1);
            Output.table(out, rows, 40);
        }
        return 0;
    }

    /** A minimal HTTP client holding the session cookie. */
    private static final class Client {
        private final HttpClient http = HttpClient.newHttpClient();
        private final int port;
        private String cookie;

        Client(int port) {
            this.port = port;
        }

        void login(String user, String password) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Output.compactJson(Map.of("username", user, "password", password)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new ClientelaException("bench login failed: " + r.body());
            }
            cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        }

        long get(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new ClientelaException(path + " answered " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body().length;
        }
    }
}
