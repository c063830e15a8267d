package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A signed-in (or anonymous) HTTP client for tests: keeps the session cookie and the CSRF token. */
public final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final WebFixture server;
    private final HttpClient client = HttpClient.newHttpClient();
    private String cookie;
    private String csrf;

    public Http(WebFixture server) {
        this.server = server;
    }

    /** Signs in; returns the login response. */
    public HttpResponse<String> login(String user, String password) {
        HttpResponse<String> r = send("POST", "/auth/login", "{\"username\":" + JSON.valueToTree(user) + ",\"password\":"
                + JSON.valueToTree(password) + "}", "application/json");
        if (r.statusCode() == 200) {
            List<String> set = r.headers().allValues("Set-Cookie");
            cookie = set.get(0).split(";", 2)[0];
            csrf = json(r).get("csrf_token").asText();
        }
        return r;
    }

    public Http signedIn(String user) {
        HttpResponse<String> r = login(user, WebFixture.PASSWORD);
        if (r.statusCode() != 200) {
            throw new AssertionError("login as " + user + " failed: " + r.body());
        }
        return this;
    }

    public String cookie() {
        return cookie;
    }

    public String csrf() {
        return csrf;
    }

    public void useCsrf(String token) {
        this.csrf = token;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    public HttpResponse<String> send(String method, String path, String body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }
}
