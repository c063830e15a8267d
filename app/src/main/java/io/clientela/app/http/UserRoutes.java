package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.core.UsageException;
import io.clientela.service.access.Actor;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.User;
import io.clientela.service.access.Users;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Users, for admins signed in (the CSRF token on every change; API keys may not change users):
 * list, add, disable or enable, change the role, remove. Each change is in the audit log and ends
 * the user's sessions; none may leave the workspace without an enabled admin (409).
 */
final class UserRoutes {
    private static final Set<String> PATCH_FIELDS = Set.of("role", "disabled");

    private UserRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/users", Role.ADMINS, "Users: name, role, whether disabled, when created and changed (no password hashes)", List.of(),
                false, false, call -> call.ctx().json(Map.of("items", users(call).list())));
        api.post("/api/v1/users", Role.ADMINS, "Add a user: {\"username\", \"role\", \"password\"} (at least " + Users.MIN_PASSWORD
                + " characters)", false, call -> {
                    String example = "{\"username\": \"ana\", \"role\": \"analyst\", \"password\": \"at least " + Users.MIN_PASSWORD + " characters\"}";
                    JsonNode body = Bodies.object(call.ctx(), example, false);
                    String name = Bodies.text(body, "username", 64, true, example);
                    Role role = Role.parse(Bodies.text(body, "role", 16, true, example));
                    JsonNode pw = body.get("password");
                    if (pw == null || !pw.isTextual()) {
                        throw new UsageException("body field 'password' is missing or not a string; expected for example " + example);
                    }
                    User u = users(call).add(name, role, pw.asText().toCharArray(), actor(call));
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("username", u.username());
                    m.put("role", u.role().id());
                    m.put("disabled", false);
                    call.ctx().status(201).json(m);
                });
        api.patch("/api/v1/users/{name}", Role.ADMINS, "Change a user: {\"role\": \"viewer\"} and/or {\"disabled\": true}; ends their sessions",
                false, call -> {
                    String example = "{\"role\": \"viewer\"} or {\"disabled\": true}";
                    JsonNode body = Bodies.object(call.ctx(), example, false);
                    body.fieldNames().forEachRemaining(f -> {
                        if (!PATCH_FIELDS.contains(f)) {
                            throw new UsageException("body field '" + f + "' cannot be changed; expected " + example);
                        }
                    });
                    if (body.size() != 1) {
                        throw new UsageException("body: expected one change per request, " + example);
                    }
                    String name = call.ctx().pathParam("name");
                    Users users = users(call);
                    Users.UserChange change;
                    if (body.has("role")) {
                        change = users.changeRole(name, Role.parse(Bodies.text(body, "role", 16, true, example)), actor(call));
                    } else {
                        JsonNode d = body.get("disabled");
                        if (!d.isBoolean()) {
                            throw new UsageException("body field 'disabled': expected true or false, got " + d);
                        }
                        change = d.asBoolean() ? users.disable(name, actor(call)) : users.enable(name, actor(call));
                    }
                    call.ctx().json(change.asMap());
                });
        api.delete("/api/v1/users/{name}", Role.ADMINS, "Remove a user and end their sessions", false, call -> {
            users(call).remove(call.ctx().pathParam("name"), actor(call));
            call.ctx().status(204);
        });
    }

    static Actor actor(Call call) {
        return new Actor(call.session().user(), call.ctx().ip());
    }

    private static Users users(Call call) {
        return new Users(call.c(), call.app().clock(), new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS));
    }
}
