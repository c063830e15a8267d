package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.ingest.collect.CollectedItem;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import io.clientela.store.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A real server on port 0 over a fresh workspace, with one key per role and a plain HTTP client. */
final class TestServer implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    final App app;
    final Serving serving;
    final String writeKey;
    final String readKey;
    final String adminKey;
    private final List<CollectedItem> heard = Collections.synchronizedList(new ArrayList<>());
    private final Connection reader;
    private final HttpClient http = HttpClient.newHttpClient();

    TestServer(Path workspace) {
        this(workspace, CLOCK);
    }

    /** With the real clock for a browser, whose events carry the real time (later than {@link #CLOCK} would allow). */
    TestServer(Path workspace, Clock clock) {
        this(workspace, clock, List.of());
    }

    /** Allowing pages from {@code origins} to send (CORS). */
    TestServer(Path workspace, Clock clock, List<String> origins) {
        app = App.open(workspace, "test", clock);
        var keys = app.apiKeys();
        writeKey = keys.create(Role.WRITER, "web", "tracker").secret();
        readKey = keys.create(Role.VIEWER, "web", "reports").secret();
        adminKey = keys.create(Role.ADMIN, "web", "ops").secret();
        serving = app.serve(new ServerSettings("127.0.0.1", 0, 64 * 1024, 1000, origins), heard::addAll, 50_000, 5_000, false);
        reader = app.workspace().newConnection();
    }

    /**
     * The items the listener has heard, once there are {@code expected} of them. The collector
     * answers a batch first and tells the listener just after, so a test must wait for it; it
     * fails if they do not all come within five seconds, or if more come.
     */
    List<CollectedItem> heard(int expected) {
        awaitUpTo5s(() -> heard.size() >= expected);
        synchronized (heard) {
            if (heard.size() != expected) {
                throw new AssertionError("the listener heard " + heard.size() + " items, expected " + expected + ": " + heard);
            }
            return List.copyOf(heard);
        }
    }

    HttpResponse<String> post(String path, String key, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serving.url() + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return send(b.build());
    }

    HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serving.url() + path)).GET();
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        return send(b.build());
    }

    HttpResponse<String> delete(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serving.url() + path)).DELETE();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return io.clientela.store.Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + r.body(), e);
        }
    }

    List<Map<String, Object>> query(String sql, Object... params) {
        return Db.query(reader, sql, params);
    }

    long count(String sql, Object... params) {
        return Db.queryLong(reader, sql, params);
    }

    /**
     * The count, once it is {@code expected} or five seconds have passed: for what the collector
     * does shortly after answering, such as giving anonymous events the customer who logged in.
     */
    long eventualCount(long expected, String sql, Object... params) {
        awaitUpTo5s(() -> count(sql, params) == expected);
        return count(sql, params);
    }

    /** Returns once {@code done} holds or five seconds have passed, whichever is first. */
    private static void awaitUpTo5s(java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        serving.close();
        try {
            reader.close();
        } catch (SQLException e) {
            // best effort
        }
        app.close();
    }
}
