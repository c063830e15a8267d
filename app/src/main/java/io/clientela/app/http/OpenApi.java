package io.clientela.app.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3.1 document of the registered endpoints, built from the same list the router uses. */
final class OpenApi {
    private OpenApi() {
    }

    static Map<String, Object> document(List<Endpoint> endpoints) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(e.path(), k -> new LinkedHashMap<>());
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("summary", e.summary());
            op.put("description", "Roles: " + e.roles().stream().map(r -> r.id()).sorted().toList()
                    + (e.personal() ? ". Returns personal data: every call is written to the audit log." : "."));
            List<Map<String, Object>> params = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(e.path());
            while (m.find()) {
                params.add(param(m.group(1), "path", m.group(1).equals("id") ? "integer" : "string", true));
            }
            e.params().forEach(p -> params.add(param(p, "query", "string", false)));
            if (e.list()) {
                for (String p : List.of("page", "size")) {
                    params.add(param(p, "query", "integer", false));
                }
                params.add(param("sort", "query", "string", false));
                params.add(param("order", "query", "string", false));
                params.add(param("format", "query", "string", false));
            }
            op.put("parameters", params);
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", e.list() ? "A page {items, total, page, size, sort, order}, or CSV with format=csv" : "OK"));
            List<String> errors = new java.util.ArrayList<>(List.of("400", "401", "403", "404"));
            if (e.method().equals("POST") || e.method().equals("PUT") || e.method().equals("PATCH")) {
                errors.add("409");
                op.put("requestBody", Map.of("required", e.method().equals("PUT"), "content", e.method().equals("PUT")
                        ? Map.of("application/yaml", Map.of("schema", Map.of("type", "string")))
                        : Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
            }
            for (String s : errors) {
                responses.put(s, Map.of("description", "Error", "content", Map.of("application/json",
                        Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
            }
            op.put("responses", responses);
            item.put(e.method().toLowerCase(java.util.Locale.ROOT), op);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Clientela REST API", "version", "1"));
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "schemas", Map.of("Problem", Map.of("type", "object", "required", List.of("title", "status", "detail"), "properties",
                        Map.of("title", Map.of("type", "string"), "status", Map.of("type", "integer"), "detail", Map.of("type", "string")))),
                "securitySchemes", Map.of("session", Map.of("type", "apiKey", "in", "cookie", "name", "clientela_session"),
                        "apiKey", Map.of("type", "http", "scheme", "bearer", "description", "an API key with role read (acts as viewer) or admin "
                                + "(acts as analyst); GET only"))));
        doc.put("security", List.of(Map.of("session", List.of()), Map.of("apiKey", List.of())));
        return doc;
    }

    private static Map<String, Object> param(String name, String in, String type, boolean required) {
        return Map.of("name", name, "in", in, "required", required, "schema", Map.of("type", type));
    }
}
