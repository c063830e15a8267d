package io.clientela.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.ingest.collect.Collector;
import io.clientela.app.keys.ApiKey;
import io.clientela.app.keys.ApiKeys;
import io.clientela.app.keys.NewApiKey;
import io.clientela.app.keys.Role;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/collector/stats} (read), and key management for admins:
 * {@code GET /api/v1/apikeys}, {@code POST /api/v1/apikeys} with {@code {"role","source","label"}}.
 */
final class AdminController {
    private final Collector collector;
    private final ApiKeys keys;
    private final Access access;

    AdminController(Collector collector, ApiKeys keys, Access access) {
        this.collector = collector;
        this.keys = keys;
        this.access = access;
    }

    void stats(Context ctx) {
        access.require(ctx, Role.READ);
        Json.write(ctx, 200, collector.stats());
    }

    void listKeys(Context ctx) {
        access.require(ctx, Role.ADMIN);
        List<Map<String, Object>> out = keys.list().stream().map(AdminController::asMap).toList();
        Json.write(ctx, 200, Map.of("keys", out));
    }

    void createKey(Context ctx) {
        access.require(ctx, Role.ADMIN);
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new MalformedRequestException("the body is not valid JSON: " + e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw new MalformedRequestException("send {\"role\": \"write|read|admin\", \"source\": \"web\", \"label\": \"...\"}");
        }
        NewApiKey k = keys.create(Role.parse(body.path("role").asText("")), body.path("source").asText("web"), body.path("label").asText(null));
        Map<String, Object> m = asMap(k.key());
        m.put("key", k.secret());
        Json.write(ctx, 201, m);
    }

    static Map<String, Object> asMap(ApiKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key_id", k.keyId());
        m.put("role", k.role().label());
        m.put("source", k.source());
        m.put("label", k.label());
        m.put("created_at", k.createdAt());
        m.put("revoked_at", k.revokedAt());
        return m;
    }
}
