package io.clientela.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.store.Db;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportAndEraseTest {
    @TempDir
    Path tmp;

    WebFixture server;
    Connection c;

    @BeforeEach
    void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        c = server.app().workspace().connection();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A customer with orders, feedback and a quarantined row that names their e-mail, so every kind of table is involved. */
    private long richCustomer() {
        Long id = Db.queryLong(c, """
                SELECT r.customer_id FROM customer_records r
                WHERE r.email IS NOT NULL AND EXISTS (SELECT 1 FROM quarantine q WHERE contains(CAST(q.raw AS VARCHAR), r.email))
                  AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = r.customer_id)
                ORDER BY r.customer_id LIMIT 1""");
        return id != null ? id : Db.queryLong(c, "SELECT min(customer_id) FROM orders");
    }

    @Test
    void export_holds_the_profile_records_identities_facts_and_value_results() {
        long id = richCustomer();
        JsonNode doc = Http.json(new Http(server).signedIn("admin").get("/api/v1/customers/" + id + "/export"));
        JsonNode t = doc.get("tables");
        assertThat(t.get("customers")).hasSize(1);
        assertThat((long) t.get("customer_records").size()).isEqualTo(Db.queryLong(c, "SELECT count(*) FROM customer_records WHERE customer_id = ?", id));
        assertThat((long) t.get("orders").size()).isEqualTo(Db.queryLong(c, "SELECT count(*) FROM orders WHERE customer_id = ?", id)).isPositive();
        assertThat(t.get("order_lines").size()).isPositive();
        assertThat(t.get("identities").size()).isPositive();
        assertThat(t.get("customer_values").size()).isPositive();
        assertThat(Db.queryLong(c, "SELECT count(*) FROM audit_log WHERE action = 'GET /api/v1/customers/{id}/export' AND customer_id = ?", id)).isEqualTo(1);
    }

    @Test
    void erase_removes_the_customer_from_every_table_and_is_audited() {
        long id = richCustomer();
        String email = Db.queryString(c, "SELECT email FROM customer_records WHERE customer_id = ? AND email IS NOT NULL LIMIT 1", id);
        long quarantinedBefore = Db.queryLong(c, "SELECT count(*) FROM quarantine");
        long othersBefore = Db.queryLong(c, "SELECT count(*) FROM orders WHERE customer_id IS DISTINCT FROM ?", id);
        Http admin = new Http(server).signedIn("admin");

        HttpResponse<String> r = admin.send("DELETE", "/api/v1/customers/" + id, null, null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> tables = Db.query(c, "SELECT table_name FROM information_schema.columns WHERE column_name = 'customer_id' AND table_name NOT IN "
                + "('audit_log', 'latest_values')").stream().map(m -> (String) m.get("table_name")).toList();
        assertThat(tables).contains("customers", "orders", "feedback", "customer_values", "customer_records");
        for (String t : tables) {
            assertThat(Db.queryLong(c, "SELECT count(*) FROM " + Db.ident(t) + " WHERE customer_id = ?", id)).as(t).isZero();
        }
        assertThat(Db.queryLong(c, "SELECT count(*) FROM identities WHERE value = lower(?)", email)).isZero();
        assertThat(Db.queryLong(c, "SELECT count(*) FROM quarantine WHERE contains(CAST(raw AS VARCHAR), ?)", email)).isZero();
        assertThat(Db.queryLong(c, "SELECT count(*) FROM quarantine")).isLessThanOrEqualTo(quarantinedBefore);
        assertThat(Db.queryLong(c, "SELECT count(*) FROM orders")).isEqualTo(othersBefore);
        assertThat(Db.queryLong(c, "SELECT count(*) FROM audit_log WHERE action = 'DELETE /api/v1/customers/{id}' AND customer_id = ? "
                + "AND username = 'admin'", id)).isEqualTo(1);
        assertThat(Db.queryLong(c, "SELECT count(*) FROM audit_log WHERE contains(coalesce(detail, ''), ?)", email)).isZero();
        assertThat(admin.get("/api/v1/customers/" + id).statusCode()).isEqualTo(404);
        assertThat(admin.send("DELETE", "/api/v1/customers/" + id, null, null).statusCode()).isEqualTo(404);
    }
}
