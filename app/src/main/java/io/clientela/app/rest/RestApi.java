package io.clientela.app.rest;

import io.clientela.app.App;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;

/** Entry point: registers every {@code /api/v1} endpoint of the dashboard and {@code /api/openapi.json}. */
public final class RestApi {
    private RestApi() {
    }

    /** Registers the routes and returns the endpoints (for documentation and tests). Needs {@code Auth.install} on the same server. */
    public static List<Endpoint> install(JavalinConfig config, App app) {
        Api api = new Api(config, app);
        OverviewRoutes.install(api);
        CustomerRoutes.install(api);
        ValueRoutes.install(api);
        VoiceRoutes.install(api);
        SegmentRoutes.install(api);
        DataRoutes.install(api);
        // Act: alerts, feedback, cases and the action rules
        AlertRoutes.install(api);
        CaseRoutes.install(api);
        RuleRoutes.install(api);
        List<Endpoint> endpoints = api.endpoints();
        Map<String, Object> doc = OpenApi.document(endpoints);
        config.routes.get("/api/openapi.json", ctx -> ctx.json(doc));
        return endpoints;
    }
}
