package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the ingest queue is full, batches get 429 with Retry-After at once; the queued ones are still stored. */
class BackPressureTest {
    @TempDir
    Path tmp;

    static String batch(String prefix, int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(CollectEventsTest.event(prefix + i, "page_view", "C1"));
        }
        return b.append("]").toString();
    }

    @Test
    void a_full_queue_answers_429_with_retry_after_and_takes_nothing_of_that_batch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writerBlocked = new CountDownLatch(1);
        try (App app = App.open(tmp.resolve("ws"), "test", TestServer.CLOCK)) {
            String key = app.apiKeys().create(Role.WRITER, "web", null).secret();
            try (Serving serving = app.serve(new ServerSettings("127.0.0.1", 0, 1 << 20, 1000), items -> {
                writerBlocked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, 10, 5, false)) {
                HttpClient http = HttpClient.newHttpClient();
                assertThat(send(http, serving, key, batch("a", 5)).get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
                assertThat(writerBlocked.await(10, TimeUnit.SECONDS)).isTrue();
                List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
                waiting.add(send(http, serving, key, batch("b", 5)));
                waiting.add(send(http, serving, key, batch("c", 5)));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (serving.collector().stats().queuedItems() < 10 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }

                HttpResponse<String> refused = send(http, serving, key, batch("d", 5)).get(10, TimeUnit.SECONDS);

                assertThat(refused.statusCode()).isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(TestServer.json(refused).get("detail").asText()).contains("queue is full");
                release.countDown();
                for (CompletableFuture<HttpResponse<String>> w : waiting) {
                    assertThat(w.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
                }
                assertThat(serving.collector().stats().refusedBatches()).isEqualTo(1);
            }
            assertThat(io.clientela.store.Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM events")).isEqualTo(15);
            assertThat(io.clientela.store.Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM events WHERE event_id LIKE 'd%'")).isZero();
        }
    }

    private static CompletableFuture<HttpResponse<String>> send(HttpClient http, Serving serving, String key, String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(serving.url() + "/api/v1/events")).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
