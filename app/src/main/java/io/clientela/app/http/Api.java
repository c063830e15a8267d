package io.clientela.app.http;

import io.clientela.app.App;
import io.clientela.service.access.AuditLog;
import io.clientela.service.access.Role;
import io.clientela.service.access.Session;
import io.clientela.service.jobs.Jobs;
import io.clientela.store.Handle;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers endpoints: each is admitted by {@link Auth#require} for its roles (or, for a machine
 * sending an API key, by {@link KeyCalls}), gets its own connection, and, when it returns personal
 * data, is written to the audit log before it answers.
 */
final class Api {
    /** A handler: does HTTP only, on an admitted call. */
    @FunctionalInterface
    interface Handler {
        void handle(Call call) throws Exception;
    }

    /** Query parameters holding what someone typed to find a person: never written to the audit log. */
    private static final Set<String> SEARCH_TERMS = Set.of("q");

    private final JavalinConfig config;
    private final App app;
    private final List<Endpoint> endpoints = new ArrayList<>();

    Api(JavalinConfig config, App app) {
        this.config = config;
        this.app = app;
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    /** Registers every {@code /api/v1} endpoint of the dashboard and {@code /api/openapi.json}; needs {@link Auth} on the same server. */
    static List<Endpoint> install(JavalinConfig config, App app, Jobs jobs) {
        Api api = new Api(config, app);
        OverviewRoutes.install(api);
        CustomerRoutes.install(api);
        ValueRoutes.install(api);
        VoiceRoutes.install(api);
        CommentRoutes.install(api);
        SegmentRoutes.install(api);
        DataRoutes.install(api);
        // Act: alerts, feedback, cases and the action rules
        AlertRoutes.install(api);
        CaseRoutes.install(api);
        RuleRoutes.install(api);
        OutboxRoutes.install(api);
        // Operate: users, analyses run while serving and their jobs
        UserRoutes.install(api);
        AnalysisRoutes.install(api, jobs);
        List<Endpoint> endpoints = api.endpoints();
        Map<String, Object> doc = OpenApi.document(endpoints);
        config.routes.get("/api/openapi.json", ctx -> ctx.json(doc));
        return endpoints;
    }

    void get(String path, Set<Role> roles, String summary, List<String> params, boolean list, boolean personal, Handler h) {
        add(new Endpoint("GET", path, roles, summary, params, list, personal), h);
    }

    void delete(String path, Set<Role> roles, String summary, Handler h) {
        delete(path, roles, summary, true, h);
    }

    void delete(String path, Set<Role> roles, String summary, boolean personal, Handler h) {
        add(new Endpoint("DELETE", path, roles, summary, List.of(), false, personal), h);
    }

    void patch(String path, Set<Role> roles, String summary, boolean personal, Handler h) {
        add(new Endpoint("PATCH", path, roles, summary, List.of(), false, personal), h);
    }

    /** A state-changing call: the CSRF token is checked for sessions; API keys may not make it. */
    void post(String path, Set<Role> roles, String summary, boolean personal, Handler h) {
        add(new Endpoint("POST", path, roles, summary, List.of(), false, personal), h);
    }

    void put(String path, Set<Role> roles, String summary, boolean personal, Handler h) {
        add(new Endpoint("PUT", path, roles, summary, List.of(), false, personal), h);
    }

    private void add(Endpoint e, Handler h) {
        endpoints.add(e);
        config.routes.addHttpHandler(HandlerType.findOrCreate(e.method()), e.path(), ctx -> {
            try (Handle c = app.open()) {
                Session s = Credentials.presented(ctx) ? KeyCalls.admit(ctx, c, app.clock(), e) : Auth.require(ctx, e.roles());
                if (e.personal()) {
                    new AuditLog(c, app.clock()).record(s.user(), e.method() + " " + e.path(), customerId(ctx), auditedQuery(ctx), ctx.ip());
                }
                h.handle(new Call(ctx, s, c, app));
            }
        });
    }

    /**
     * The query as the audit log keeps it: a search term (an e-mail, a name, a phone) is personal data,
     * so the log says that a search was made and how long its term was, not what was searched for.
     */
    static String auditedQuery(Context ctx) {
        List<String> parts = new ArrayList<>();
        ctx.queryParamMap().forEach((name, values) -> values.forEach(v -> parts.add(
                SEARCH_TERMS.contains(name) ? name + "=(" + v.length() + " characters, not kept)" : name + "=" + v)));
        return parts.isEmpty() ? null : String.join("&", parts);
    }

    private static Long customerId(Context ctx) {
        String id = ctx.pathParamMap().get("id");
        if (id == null || !ctx.path().contains("/customers/")) {
            return null;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
