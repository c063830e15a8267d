package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.ingest.ImportListener;
import io.clientela.ingest.MappingReader;
import io.clientela.ingest.collect.CollectedItems;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A login links to the existing customer when the write key's source is the one the customer ids
 * live in; with a key of another source it makes a new nameless customer, and the collector's stats
 * count it, per source, so the mistake shows.
 */
class UnlinkedIdentifiesTest {
    @TempDir
    Path tmp;

    @Test
    void a_login_with_a_key_of_the_shops_source_links_and_one_of_another_source_is_counted_as_unlinked() throws Exception {
        Path csv = tmp.resolve("shop.csv");
        Files.writeString(csv, "id,email,name\nS0000001,ana@example.com,Ana\nS0000002,bo@example.com,Bo\n");
        Path mapping = tmp.resolve("shop.yaml");
        Files.writeString(mapping, "source: shop\nentity: customers\nfields: {customer_id: id, email: email, name: name}\n");
        try (App app = App.open(tmp.resolve("ws"), "test", TestServer.CLOCK)) {
            app.importer().importFile(new MappingReader().read(mapping), csv, ImportListener.NONE);
            long ana = Db.queryLong(app.workspace().connection(), "SELECT customer_id FROM customer_records WHERE external_id = 'S0000001'");
            long bo = Db.queryLong(app.workspace().connection(), "SELECT customer_id FROM customer_records WHERE external_id = 'S0000002'");
            String shopKey = app.apiKeys().create(Role.WRITER, "shop", null).secret();
            String webKey = app.apiKeys().create(Role.WRITER, "web", null).secret();
            String readKey = app.apiKeys().create(Role.VIEWER, "web", null).secret();
            try (Serving s = app.serve(new ServerSettings("127.0.0.1", 0, 1 << 20, 1000), CollectedItems.NONE, 1000, 1000, false)) {
                assertThat(post(s, shopKey, login("l1", "S0000001", null)).statusCode()).isEqualTo(202);
                assertThat(post(s, webKey, login("l2", "S0000001", null)).statusCode()).isEqualTo(202);
                // an unknown id whose e-mail is a known customer's joins that customer: linked, not counted
                assertThat(post(s, webKey, login("l3", "U-9", "bo@example.com")).statusCode()).isEqualTo(202);
                assertThat(post(s, webKey, "[" + login("l4", "U-10", null) + "," + login("l5", "S0000001", null).replace("login", "page_view") + "]")
                        .statusCode()).isEqualTo(202);

                JsonNode stats = TestServer.json(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/collector/stats"))
                        .header("X-Api-Key", readKey).build(), HttpResponse.BodyHandlers.ofString()));
                assertThat(stats.get("unlinkedIdentifies").asLong()).as(stats.toString()).isEqualTo(2);
                assertThat(stats.at("/unlinkedIdentifiesBySource/web").asLong()).isEqualTo(2);
                assertThat(stats.at("/unlinkedIdentifiesBySource/shop").isMissingNode()).isTrue();
            }
            var c = app.workspace().connection();
            assertThat(Db.queryLong(c, "SELECT customer_id FROM events WHERE event_id = 'l1'")).isEqualTo(ana);
            assertThat(Db.queryLong(c, "SELECT customer_id FROM events WHERE event_id = 'l2'")).isNotEqualTo(ana);
            assertThat(Db.queryLong(c, "SELECT customer_id FROM events WHERE event_id = 'l3'")).isEqualTo(bo);
        }
    }

    private static String login(String id, String customer, String email) {
        return "{\"event_id\":\"" + id + "\",\"type\":\"login\",\"occurred_at\":\"2026-10-31T10:00:00Z\",\"customer_id\":\"" + customer + "\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}";
    }

    private static HttpResponse<String> post(Serving s, String key, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/events")).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
