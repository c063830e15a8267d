package io.clientela.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.service.access.Role;
import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a real server process under load: every event that got a 202 is in the store afterwards. */
class CrashDuringCollectionTest {
    @TempDir
    Path tmp;

    @Test
    void every_event_acknowledged_before_a_kill_9_is_in_the_store() throws Exception {
        Path ws = tmp.resolve("ws");
        String key;
        try (App app = App.open(ws, "test", Clock.systemUTC())) {
            key = app.apiKeys().create(Role.WRITER, "web", "crash test").secret();
        }
        Process server = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0", "--json", "--workspace", ws.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(String.valueOf(out.readLine()));
        assertThat(m.find()).as("the server printed its URL").isTrue();
        URI uri = URI.create(m.group(1) + "/api/v1/events");

        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int sender = t;
            senders.submit(() -> {
                for (int b = 0; b < 100_000 && !stop.get(); b++) {
                    List<String> ids = new ArrayList<>();
                    StringBuilder body = new StringBuilder("[");
                    for (int i = 0; i < 50; i++) {
                        String id = "s" + sender + "-b" + b + "-" + i;
                        ids.add(id);
                        body.append(i == 0 ? "" : ",").append("{\"event_id\":\"").append(id).append("\",\"type\":\"page_view\",")
                                .append("\"occurred_at\":\"2026-10-31T10:00:00Z\",\"customer_id\":\"C").append(i).append("\"}");
                    }
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + key)
                                .POST(HttpRequest.BodyPublishers.ofString(body.append("]").toString())).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 202) {
                            acknowledged.addAll(ids);
                        }
                    } catch (Exception e) {
                        return null;
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 5_000 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean underLoad = server.isAlive() && !acknowledged.isEmpty();
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
        Set<String> before = new HashSet<>(acknowledged);
        stop.set(true);
        senders.shutdown();
        assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(underLoad).as("killed while serving with acknowledged events").isTrue();
        try (Workspace after = Workspace.open(ws, "test")) {
            Set<String> stored = new HashSet<>();
            Db.query(after.connection(), "SELECT event_id FROM events").forEach(r -> stored.add((String) r.get("event_id")));
            assertThat(stored).containsAll(before);
            assertThat(Db.queryLong(after.connection(), "SELECT count(*) - count(DISTINCT event_id) FROM events")).isZero();
        }
    }
}
