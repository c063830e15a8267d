package io.clientela.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.cli.Root;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14, "privacy erasure must leave nothing": a customer is named in every kind of table — their
 * own rows, case notes and history, the alert's webhook delivery, a quarantined row in upper case,
 * collected events' URLs and JSON, another customer's case note, the audit log of a search and of a
 * failed login — and after the erasure neither the database nor the raw database file and its
 * write-ahead log hold their e-mail, phone or name, in any case.
 */
class PhysicalErasureTest {
    @TempDir
    Path tmp;

    WebFixture server;
    Connection c;

    record Person(long id, String email, String phone, String name) {
    }

    @BeforeEach
    void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        c = server.app().workspace().connection();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void after_an_erasure_over_the_api_the_database_file_holds_no_byte_of_the_email_phone_or_name() throws Exception {
        Person p = namedEverywhere();
        assertThat(occurrences(p.email())).as("the set-up wrote the e-mail into the file").isPositive();

        HttpResponse<String> r = new Http(server).signedIn("admin").send("DELETE", "/api/v1/customers/" + p.id(), null, null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertNothingLeft(p);
        JsonNode body = Http.json(r);
        assertThat(body.at("/compaction/done").asBoolean()).as(r.body()).isTrue();
        assertThat(body.at("/rows_removed/case_notes").asLong()).isEqualTo(2);
        assertThat(body.at("/rows_removed/case_history").asLong()).isEqualTo(1);
        assertThat(body.at("/rows_removed/deliveries").asLong()).isEqualTo(1);
        assertThat(body.at("/rows_removed/quarantine").asLong()).isEqualTo(1);
        assertThat(body.at("/rows_scrubbed/audit_log").asLong()).isPositive();
        assertThat(body.at("/rows_scrubbed/case_notes").asLong()).isEqualTo(1);
        assertThat(Db.queryString(c, "SELECT text FROM case_notes WHERE author = 'someone else'")).isEqualTo("Met [erased] at the fair");
        assertThat(Db.query(c, "SELECT username, detail FROM audit_log WHERE action = 'customer erased' AND customer_id = ?", p.id()))
                .singleElement().satisfies(a -> {
                    assertThat(a.get("username")).isEqualTo("admin");
                    assertThat((String) a.get("detail")).contains("case_notes 2", "deliveries 1", "quarantine 1").doesNotContain("@");
                });
    }

    @Test
    void after_an_erasure_on_the_command_line_the_database_file_holds_no_byte_of_the_email_phone_or_name() throws Exception {
        Person p = namedEverywhere();
        server.close();
        server = null;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Root.run(Clock.systemUTC(), new PrintWriter(out, true), new PrintWriter(err, true), "customer", "erase", p.email(), "--yes",
                "--workspace", tmp.resolve("ws").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Customer " + p.id() + " erased", "Database file rewritten");
        for (String s : List.of(p.email(), p.phone(), digits(p.phone()), p.name())) {
            assertThat(occurrences(s)).as(s).isZero();
        }
    }

    @Test
    void the_command_line_erases_nothing_without_yes() {
        Person p = namedEverywhere();
        server.close();
        server = null;
        StringWriter err = new StringWriter();

        int code = Root.run(Clock.systemUTC(), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "customer", "erase",
                String.valueOf(p.id()), "--workspace", tmp.resolve("ws").toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--yes");
        try (Workspace w = Workspace.open(tmp.resolve("ws"), "test")) {
            assertThat(Db.queryLong(w.connection(), "SELECT count(*) FROM customers WHERE customer_id = ?", p.id())).isEqualTo(1);
        }
    }

    @Test
    void a_search_is_audited_without_its_term() {
        Person p = person();
        Http admin = new Http(server).signedIn("admin");

        HttpResponse<String> r = admin.get("/api/v1/customers?q=" + URLEncoder.encode(p.email(), StandardCharsets.UTF_8) + "&country=HU");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Db.queryString(c, "SELECT detail FROM audit_log WHERE action = 'GET /api/v1/customers' ORDER BY audit_id DESC LIMIT 1"))
                .isEqualTo("q=(" + p.email().length() + " characters, not kept)&country=HU");
    }

    @Test
    void the_export_holds_the_customer_s_case_notes_history_and_alert_deliveries() {
        Person p = namedEverywhere();

        JsonNode t = Http.json(new Http(server).signedIn("admin").get("/api/v1/customers/" + p.id() + "/export")).get("tables");

        assertThat(t.get("case_notes")).hasSize(2);
        assertThat(t.get("case_notes").get(0).get("text").asText()).contains(p.email());
        assertThat(t.get("case_history")).hasSize(1);
        assertThat(t.get("deliveries")).hasSize(1);
        assertThat(t.get("anonymous_events")).hasSize(1);
        assertThat(t.get("quarantine")).hasSize(1);
    }

    /** Nothing in any text or JSON column of any table, nor in the file or its write-ahead log. */
    private void assertNothingLeft(Person p) throws IOException {
        for (Map<String, Object> col : Db.query(c, "SELECT table_name, column_name FROM information_schema.columns WHERE data_type IN ('VARCHAR', 'JSON') "
                + "AND table_schema = 'main' AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')")) {
            String t = Db.ident((String) col.get("table_name"));
            String k = Db.ident((String) col.get("column_name"));
            for (String s : List.of(p.email(), p.name(), digits(p.phone()))) {
                assertThat(Db.queryLong(c, "SELECT count(*) FROM " + t + " WHERE contains(lower(regexp_replace(CAST(" + k + " AS VARCHAR), "
                        + "'[ ().-]', '', 'g')), lower(regexp_replace(?, '[ ().-]', '', 'g')))", s)).as(t + "." + k + " holds " + s).isZero();
            }
        }
        for (String s : List.of(p.email(), p.phone(), digits(p.phone()), p.name())) {
            assertThat(occurrences(s)).as("the database file and its log hold " + s).isZero();
        }
    }

    /** How often {@code s} (UTF-8, any case of its ASCII letters) is in the raw database file and its write-ahead log. */
    private int occurrences(String s) throws IOException {
        byte[] needle = s.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        int n = 0;
        for (Path f : List.of(tmp.resolve("ws/clientela.duckdb"), tmp.resolve("ws/clientela.duckdb.wal"))) {
            if (!Files.exists(f)) {
                continue;
            }
            byte[] b = Files.readAllBytes(f);
            for (int i = 0; i + needle.length <= b.length; i++) {
                int j = 0;
                while (j < needle.length && lower(b[i + j]) == needle[j]) {
                    j++;
                }
                if (j == needle.length) {
                    n++;
                }
            }
        }
        return n;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    private Person person() {
        Map<String, Object> r = Db.query(c, """
                SELECT c.customer_id, r.email, r.phone, c.name FROM customers c JOIN customer_records r USING (customer_id)
                WHERE r.email IS NOT NULL AND r.phone IS NOT NULL AND c.name LIKE '% %' AND c.records = 1
                  AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)
                ORDER BY c.customer_id LIMIT 1""").get(0);
        return new Person(((Number) r.get("customer_id")).longValue(), (String) r.get("email"), (String) r.get("phone"), (String) r.get("name"));
    }

    /**
     * A customer named in every table the issue lists: case notes (with name and phone) and history,
     * an alert and its webhook delivery, a rule firing, a quarantined row in upper case, collected
     * events with the e-mail in the URL and JSON properties (and the device's anonymous event),
     * feedback text, another customer's case note, and the audit log of a search and a failed login.
     */
    private Person namedEverywhere() {
        Person p = person();
        long other = Db.queryLong(c, "SELECT min(customer_id) FROM customers WHERE customer_id <> ?", p.id());
        String at = "TIMESTAMP '2026-10-30 10:00:00'";
        for (long id : List.of(p.id(), other)) {
            Db.update(c, "INSERT INTO cases VALUES (nextval('case_seq'), ?, CAST(? AS VARCHAR), 'Call back', 'high', 'open', 'agent', 'r1', NULL, "
                    + "'feedback', 'F1', " + at + ", " + at + ", NULL, NULL, NULL, NULL, NULL, 0, 'survey')", id, id);
        }
        long mine = Db.queryLong(c, "SELECT case_id FROM cases WHERE customer_id = ?", p.id());
        long theirs = Db.queryLong(c, "SELECT case_id FROM cases WHERE customer_id = ?", other);
        Db.update(c, "INSERT INTO case_notes VALUES (?, " + at + ", 'agent', ?), (?, " + at + ", 'agent', 'left a message'), "
                + "(?, " + at + ", 'someone else', ?)", mine, "Called " + p.name() + " on " + p.phone() + ", wrote to " + p.email(), mine,
                theirs, "Met " + p.email() + " at the fair");
        Db.update(c, "INSERT INTO case_history VALUES (?, " + at + ", NULL, 'open', 'rules', ?)", mine, "opened for " + p.email());
        Db.update(c, "INSERT INTO rule_firings VALUES (nextval('firing_seq'), 'r1', CAST(? AS VARCHAR), ?, 'feedback', 'nps', 'F1', " + at + ", 0)",
                p.id(), p.id());
        Db.update(c, "INSERT INTO alerts VALUES (nextval('alert_seq'), currval('firing_seq'), 'r1', CAST(? AS VARCHAR), ?, 'high', ?, "
                + "'call them', 'agent', 'owner', 'feedback', 'F1', " + at + ", ?, 'failed', 'survey')", p.id(), p.id(), "Unhappy: " + p.name(), mine);
        Db.update(c, "INSERT INTO deliveries VALUES (nextval('delivery_seq'), currval('alert_seq'), 'webhook', 'https://hooks.example.com/x', "
                + "'failed', 3, ?, " + at + ", NULL)", "HTTP 500 for {\"email\": \"" + p.email() + "\"}");
        Db.update(c, "INSERT INTO quarantine VALUES (0, 'customers.csv', 7, 'email', ?, 'bad e-mail', ?)", p.email().toUpperCase(Locale.ROOT),
                "{\"EMAIL\": \"" + p.email().toUpperCase(Locale.ROOT) + "\", \"phone\": \"" + p.phone() + "\"}");
        Db.update(c, "INSERT INTO events (source, event_id, customer_id, anonymous_id, type, occurred_at, url, properties) VALUES "
                + "('web', 'pe1', ?, 'dev-pe', 'page_view', " + at + ", ?, ?), ('web', 'pe0', NULL, 'dev-pe', 'page_view', " + at + ", NULL, NULL)",
                p.id(), "https://shop.example.com/account?email=" + p.email(), "{\"email\": \"" + p.email() + "\", \"phone\": \"" + p.phone() + "\"}");
        Db.update(c, "INSERT INTO feedback (source, feedback_id, customer_id, responded_at, text) VALUES ('web', 'pf1', ?, " + at + ", ?)",
                p.id(), "I am " + p.name() + ", call me on " + p.phone());
        Http admin = new Http(server).signedIn("admin");
        admin.get("/api/v1/customers?q=" + URLEncoder.encode(p.email(), StandardCharsets.UTF_8));
        new Http(server).login(p.email(), "not the password");
        // as earlier versions wrote a search: the query string as it came, the e-mail URL-encoded
        Db.update(c, "INSERT INTO audit_log VALUES (nextval('audit_seq'), " + at + ", 'analyst', 'analyst', 'GET /api/v1/customers', NULL, ?, "
                + "'127.0.0.1')", "q=" + URLEncoder.encode(p.email(), StandardCharsets.UTF_8) + "&page=1");
        Db.execute(c, "CHECKPOINT");
        return p;
    }
}
