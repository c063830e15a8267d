package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Collected events link to customers that came from file imports, and resolving a batch leaves the other profiles as they were. */
class CollectedEventsJoinImportedCustomersTest {
    @TempDir
    Path tmp;

    @Test
    void an_event_naming_an_imported_customers_email_or_id_joins_that_profile() throws Exception {
        Path csv = tmp.resolve("crm.csv");
        Files.writeString(csv, "id,email,name\nK1,ana@example.com,Ana\nK2,bo@example.com,Bo\n");
        Path mapping = tmp.resolve("crm.yaml");
        Files.writeString(mapping, "source: crm\nentity: customers\nfields: {customer_id: id, email: email, name: name}\n");
        try (App app = App.open(tmp.resolve("ws"), "test", TestServer.CLOCK)) {
            app.importer().importFile(new MappingReader().read(mapping), csv, ImportListener.NONE);
            long ana = Db.queryLong(app.workspace().connection(), "SELECT customer_id FROM customer_records WHERE external_id = 'K1'");
            String webKey = app.apiKeys().create(Role.WRITER, "web", null).secret();
            String crmKey = app.apiKeys().create(Role.WRITER, "crm", null).secret();
            try (Serving s = app.serve(new ServerSettings("127.0.0.1", 0, 1 << 20, 1000), CollectedItems.NONE, 1000, 1000, false)) {
                assertThat(post(s, webKey, "{\"event_id\":\"w1\",\"type\":\"login\",\"occurred_at\":\"2026-10-31T10:00:00Z\","
                        + "\"customer_id\":\"U-9\",\"email\":\" ANA@example.com \"}").statusCode()).isEqualTo(202);
                assertThat(post(s, crmKey, "{\"event_id\":\"c1\",\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:00:00Z\","
                        + "\"customer_id\":\"K2\"}").statusCode()).isEqualTo(202);
            }
            var c = app.workspace().connection();
            assertThat(Db.queryLong(c, "SELECT customer_id FROM events WHERE event_id = 'w1'")).isEqualTo(ana);
            assertThat(Db.queryLong(c, "SELECT customer_id FROM events WHERE event_id = 'c1'"))
                    .isEqualTo(Db.queryLong(c, "SELECT customer_id FROM customer_records WHERE external_id = 'K2'"));
            assertThat(Db.queryLong(c, "SELECT count(*) FROM customers")).isEqualTo(2);
            assertThat(Db.queryString(c, "SELECT name FROM customers WHERE customer_id = ?", ana)).isEqualTo("Ana");
            assertThat(Db.queryLong(c, "SELECT records FROM customers WHERE customer_id = ?", ana)).isEqualTo(2);
            assertThat(Db.queryString(c, "SELECT reason FROM merges")).contains("share the e-mail ana@example.com");
        }
    }

    private static HttpResponse<String> post(Serving s, String key, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/events")).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
