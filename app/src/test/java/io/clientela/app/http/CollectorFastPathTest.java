package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.service.privacy.Privacy;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector appends clean batches as they are; whatever it writes that way must be exactly
 * what the full SQL checks write. Each test sends the same items to two servers, one of them with
 * an extra bad item in the batch, which sends the whole batch the full way.
 */
class CollectorFastPathTest {
    @TempDir
    Path tmp;

    private static String event(String id, String type, String at, String customer, String email, String anonymous) {
        return "{\"event_id\":\"" + id + "\",\"type\":\"" + type + "\",\"occurred_at\":\"" + at + "\""
                + (customer == null ? "" : ",\"customer_id\":\"" + customer + "\"")
                + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + (anonymous == null ? "" : ",\"anonymous_id\":\"" + anonymous + "\"")
                + ",\"url\":\"/p/1\",\"referrer\":\"\",\"properties\":{\"price\":9.5,\"tags\":[\"a\"]}}";
    }

    private static final List<String> CLEAN = List.of(
            event("e1", "page_view", "2026-10-31T10:00:00Z", null, null, "a1"),
            event("e2", "product_view", "2026-10-31T10:01:00+02:00", null, null, "a1"),
            event("e3", "login", "2026-10-31 10:02:00", "C1", "Ana@Example.com", "a1"),
            event("e4", "add_to_cart", "2026-10-31T10:03:00.250Z", null, null, "a1"),
            event("e5", "page_view", "2026-10-31T10:04:00Z", null, "bob@example.com", null),
            event("e6", "PAGE_VIEW_X", "2026-10-31T10:05:00Z", "C2", null, "a2"),
            event("e7", "page_view", "2026-10-31T10:06:00Z", "C2", null, "a2"),
            event("e8", "page_view", "2026-10-31T10:07:00Z", null, null, "a3"));

    private static final String BAD = event("bad", "page_view", "2026-99-31T10:00:00Z", "C3", null, null);

    private static String batch(List<String> items) {
        return "[" + String.join(",", items) + "]";
    }

    private static JsonNode stats(TestServer s) {
        return TestServer.json(s.get("/api/v1/collector/stats", s.adminKey));
    }

    @Test
    void a_clean_batch_is_appended_as_it_is_and_stores_exactly_what_the_full_checks_store() {
        // PAGE_VIEW_X breaks the type pattern: without it the batch is clean
        List<String> clean = CLEAN.stream().filter(e -> !e.contains("PAGE_VIEW_X")).toList();
        try (TestServer fast = new TestServer(tmp.resolve("fast")); TestServer full = new TestServer(tmp.resolve("full"))) {
            HttpResponse<String> a = fast.post("/api/v1/events", fast.writeKey, batch(clean));
            HttpResponse<String> b = full.post("/api/v1/events", full.writeKey, batch(concat(clean, BAD)));

            assertThat(a.statusCode()).as(a.body()).isEqualTo(202);
            assertThat(TestServer.json(a).get("stored").asInt()).isEqualTo(clean.size());
            assertThat(TestServer.json(b).get("stored").asInt()).isEqualTo(clean.size());
            assertThat(stats(fast).get("fastParts").asLong()).isEqualTo(1);
            assertThat(stats(fast).get("fullParts").asLong()).isZero();
            assertThat(stats(fast).get("fastFailures").asLong()).isZero();
            assertThat(stats(full).get("fullParts").asLong()).isEqualTo(1);
            // the anonymous events before the login get the customer shortly after the answer, on both paths
            assertThat(fast.eventualCount(0, "SELECT count(*) FROM anonymous_backfills")).isZero();
            assertThat(full.eventualCount(0, "SELECT count(*) FROM anonymous_backfills")).isZero();
            // record and profile numbers may come in another order: profiles are compared by the records they hold
            String events = "SELECT e.* EXCLUDE (import_id, properties, customer_id), CAST(e.properties AS VARCHAR) AS properties, "
                    + "(SELECT string_agg(external_id, ',' ORDER BY external_id) FROM customer_records r WHERE r.customer_id = e.customer_id) AS profile "
                    + "FROM events e ORDER BY event_id";
            assertThat(fast.query(events)).isEqualTo(full.query(events));
            String profiles = "SELECT r.external_id, r.email, r.customer_id = r.record_id AS own_profile, c.email AS profile_email, c.records "
                    + "FROM customer_records r JOIN customers c USING (customer_id) ORDER BY r.external_id";
            assertThat(fast.query(profiles)).hasSize(3).isEqualTo(full.query(profiles));
            String identities = "SELECT r.external_id, i.type, i.value FROM identities i JOIN customer_records r USING (record_id) ORDER BY ALL";
            assertThat(fast.query(identities)).isEqualTo(full.query(identities));
            assertThat(fast.heard(clean.size())).extracting(i -> i.id() + "/" + (i.customerId() != null))
                    .containsExactlyInAnyOrderElementsOf(full.heard(clean.size()).stream().map(i -> i.id() + "/" + (i.customerId() != null)).toList());
        }
    }

    @Test
    void an_anonymous_visitor_s_events_join_the_customer_once_they_log_in_on_either_path() {
        try (TestServer fast = new TestServer(tmp.resolve("fast")); TestServer full = new TestServer(tmp.resolve("full"))) {
            for (TestServer s : List.of(fast, full)) {
                String tail = s == full ? "," + BAD : "";
                s.post("/api/v1/events", s.writeKey, batch(List.of(CLEAN.get(0), CLEAN.get(1))) .replace("]", tail + "]"));
                assertThat(s.count("SELECT count(*) FROM events WHERE anonymous_id = 'a1' AND customer_id IS NULL")).isEqualTo(2);

                s.post("/api/v1/events", s.writeKey, "[" + CLEAN.get(2) + tail + "]");
                s.post("/api/v1/events", s.writeKey, "[" + CLEAN.get(3) + "," + CLEAN.get(7) + tail + "]");

                long customer = s.count("SELECT customer_id FROM customer_records WHERE external_id = 'C1'");
                assertThat(s.eventualCount(4, "SELECT count(*) FROM events WHERE anonymous_id = 'a1' AND customer_id = ? AND customer_key = 'C1'", customer))
                        .as("before, at and after the login").isEqualTo(4);
                assertThat(s.count("SELECT count(*) FROM events WHERE anonymous_id = 'a3' AND customer_id IS NULL")).as("another visitor").isEqualTo(1);
                assertThat(s.heard(5).stream().filter(i -> i.id().equals("e4")).findFirst().orElseThrow().customerId())
                        .as("the rules hear the customer of a linked event").isEqualTo(customer);
            }
            assertThat(stats(fast).get("fullParts").asLong()).isZero();
            assertThat(stats(full).get("fastParts").asLong()).isZero();
            // the fast path wrote e4 with the customer; the events before the login were given it after the batch was answered
            assertThat(stats(fast).get("backfilledEvents").asLong()).isEqualTo(2);
            assertThat(stats(fast).get("backfillFailures").asLong()).isZero();
            assertThat(fast.count("SELECT count(*) FROM anonymous_backfills")).as("notes acted on are deleted").isZero();
        }
    }

    @Test
    void visitors_are_linked_while_batches_keep_coming_and_no_back_fill_fails() throws Exception {
        try (TestServer s = new TestServer(tmp.resolve("ws"))) {
            ExecutorService senders = Executors.newFixedThreadPool(4);
            List<Future<?>> visits = new ArrayList<>();
            for (int v = 0; v < 40; v++) {
                String a = "v" + v;
                String k = "K" + v;
                visits.add(senders.submit(() -> {
                    s.post("/api/v1/events", s.writeKey, batch(List.of(event(a + "-1", "page_view", "2026-10-31T10:00:00Z", null, null, a),
                            event(a + "-2", "product_view", "2026-10-31T10:01:00Z", null, null, a))));
                    s.post("/api/v1/events", s.writeKey, "[" + event(a + "-3", "login", "2026-10-31T10:02:00Z", k, null, a) + "]");
                    s.post("/api/v1/events", s.writeKey, "[" + event(a + "-4", "add_to_cart", "2026-10-31T10:03:00Z", null, null, a) + "]");
                }));
            }
            for (Future<?> f : visits) {
                f.get();
            }
            senders.shutdown();

            assertThat(s.count("SELECT count(*) FROM events")).isEqualTo(160);
            assertThat(s.eventualCount(0, "SELECT count(*) FROM events WHERE customer_key IS NULL")).isZero();
            assertThat(s.count("SELECT count(*) FROM events WHERE customer_key <> 'K' || substr(anonymous_id, 2)")).as("each visitor's own").isZero();
            assertThat(s.count("SELECT count(*) FROM events e JOIN customer_records r ON r.external_id = e.customer_key "
                    + "WHERE e.customer_id IS DISTINCT FROM r.customer_id")).as("with the key's profile").isZero();
            assertThat(stats(s).get("backfillFailures").asLong()).isZero();
        }
    }

    @Test
    void a_link_noted_but_not_acted_on_before_a_crash_is_acted_on_after_the_restart() {
        Path ws = tmp.resolve("ws");
        try (TestServer s = new TestServer(ws)) {
            s.post("/api/v1/events", s.writeKey, batch(List.of(CLEAN.get(0), CLEAN.get(1), CLEAN.get(2), CLEAN.get(7))));
            assertThat(s.eventualCount(3, "SELECT count(*) FROM events WHERE anonymous_id = 'a1' AND customer_key = 'C1'")).isEqualTo(3);
        }
        // the state a crash leaves between the batch's commit and the back-fill: a note, and the events still without the customer
        try (App app = App.open(ws, "test", TestServer.CLOCK); Connection c = app.workspace().newConnection()) {
            Db.execute(c, "UPDATE events SET customer_key = NULL, customer_id = NULL WHERE event_id IN ('e1', 'e2')");
            Db.execute(c, "INSERT INTO anonymous_backfills SELECT nextval('backfill_seq'), source, anonymous_id, customer_key, customer_id, NULL "
                    + "FROM events WHERE event_id = 'e3'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        try (TestServer s = new TestServer(ws)) {
            assertThat(s.eventualCount(3, "SELECT count(*) FROM events WHERE anonymous_id = 'a1' AND customer_key = 'C1' AND customer_id IS NOT NULL"))
                    .as("e1 and e2 linked again at start").isEqualTo(3);
            assertThat(s.count("SELECT count(*) FROM events WHERE anonymous_id = 'a3' AND customer_key IS NULL")).as("another visitor").isEqualTo(1);
            assertThat(s.eventualCount(0, "SELECT count(*) FROM anonymous_backfills")).isZero();
        }
    }

    @Test
    void a_restarted_server_still_links_what_an_anonymous_visitor_did_before_the_restart() {
        try (TestServer s = new TestServer(tmp.resolve("ws"))) {
            s.post("/api/v1/events", s.writeKey, batch(List.of(CLEAN.get(0), CLEAN.get(7))));
        }
        try (TestServer s = new TestServer(tmp.resolve("ws"))) {
            HttpResponse<String> login = s.post("/api/v1/events", s.writeKey, "[" + CLEAN.get(2) + "]");

            assertThat(login.statusCode()).as(login.body()).isEqualTo(202);
            assertThat(s.eventualCount(2, "SELECT count(*) FROM events WHERE anonymous_id = 'a1' AND customer_key = 'C1'")).isEqualTo(2);
            assertThat(s.count("SELECT count(*) FROM events WHERE anonymous_id = 'a3' AND customer_key IS NULL")).isEqualTo(1);
        }
        try (TestServer s = new TestServer(tmp.resolve("ws"))) {
            s.post("/api/v1/events", s.writeKey, "[" + CLEAN.get(3) + "]");
            assertThat(s.count("SELECT count(*) FROM events WHERE event_id = 'e4' AND customer_key = 'C1'")).as("the link itself was kept").isEqualTo(1);
        }
    }

    @Test
    void after_an_erasure_the_erased_customer_s_device_is_anonymous_again() throws Exception {
        try (TestServer s = new TestServer(tmp.resolve("ws"))) {
            s.post("/api/v1/events", s.writeKey, "[" + event("x1", "login", "2026-10-31T10:00:00Z", "C9", null, "a9") + "]");
            long erased = s.count("SELECT customer_id FROM customer_records WHERE external_id = 'C9'");
            s.post("/api/v1/events", s.writeKey, "[" + event("x2", "page_view", "2026-10-31T10:01:00Z", null, null, "a9") + "]");
            assertThat(s.count("SELECT customer_id FROM events WHERE event_id = 'x2'")).as("linked while the customer exists").isEqualTo(erased);
            try (Handle c = s.app.workspace().open()) {
                new Privacy(c, s.app.workspace(), TestServer.CLOCK).erase(erased);
            }

            s.post("/api/v1/events", s.writeKey, "[" + event("x3", "page_view", "2026-10-31T11:00:00Z", null, null, "a9") + "]");

            assertThat(s.query("SELECT customer_key, customer_id FROM events WHERE event_id = 'x3'")).singleElement()
                    .satisfies(e -> assertThat(e.values()).containsOnlyNulls());
        }
    }

    @Test
    void an_event_for_an_erased_customer_starts_a_new_profile_instead_of_joining_the_erased_one() throws Exception {
        try (TestServer s = new TestServer(tmp.resolve("ws"))) {
            s.post("/api/v1/events", s.writeKey, "[" + event("x1", "login", "2026-10-31T10:00:00Z", "C9", null, null) + "]");
            long erased = s.count("SELECT customer_id FROM customer_records WHERE external_id = 'C9'");
            try (Handle c = s.app.workspace().open()) {
                new Privacy(c, s.app.workspace(), TestServer.CLOCK).erase(erased);
            }

            HttpResponse<String> r = s.post("/api/v1/events", s.writeKey, "[" + event("x2", "login", "2026-10-31T11:00:00Z", "C9", null, null) + "]");

            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            List<Map<String, Object>> now = s.query("SELECT customer_id FROM events WHERE event_id = 'x2'");
            assertThat(((Number) now.get(0).get("customer_id")).longValue()).isNotEqualTo(erased);
            assertThat(s.count("SELECT count(*) FROM customers WHERE customer_id = ?", now.get(0).get("customer_id"))).isEqualTo(1);
            assertThat(s.count("SELECT count(*) FROM customers WHERE customer_id = ?", erased)).isZero();
        }
    }

    @Test
    void the_writer_checkpoints_once_it_has_been_idle() throws Exception {
        try (TestServer s = new TestServer(tmp.resolve("ws"))) {
            s.post("/api/v1/events", s.writeKey, batch(CLEAN.subList(0, 3)));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (stats(s).get("checkpoints").asLong() == 0) {
                assertThat(System.nanoTime()).as("waiting for the idle checkpoint").isLessThan(deadline);
                Thread.sleep(100);
            }
            assertThat(s.app.workspace().dir().resolve("clientela.duckdb.wal")).satisfiesAnyOf(
                    p -> assertThat(p).doesNotExist(), p -> assertThat(java.nio.file.Files.size(p)).isZero());
        }
    }

    private static List<String> concat(List<String> a, String b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).toList();
    }
}
