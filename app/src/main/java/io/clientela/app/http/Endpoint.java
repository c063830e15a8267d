package io.clientela.app.http;

import io.clientela.service.access.Role;
import java.util.List;
import java.util.Set;

/**
 * One REST endpoint as documented in the OpenAPI document: method, path, who may call it, what it
 * does, its query parameters, whether it is a list (paginated, sortable, CSV-exportable) and
 * whether it returns personal data (each call is then written to the audit log).
 */
record Endpoint(String method, String path, Set<Role> roles, String summary, List<String> params, boolean list, boolean personal) {
    public Endpoint {
        if (!method.matches("GET|POST|PUT|PATCH|DELETE")) {
            throw new IllegalArgumentException("method: " + method);
        }
        if (!path.startsWith("/api/")) {
            throw new IllegalArgumentException("path: expected /api/..., got " + path);
        }
        roles = Set.copyOf(roles);
        params = List.copyOf(params);
    }
}
