package io.clientela.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clientela.ingest.ImportListener;
import io.clientela.ingest.ImportReport;
import io.clientela.ingest.MappingReader;
import io.clientela.store.Db;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mapping under examples/mappings reads its public data set completely and correctly. */
class ShippedMappingsTest {
    @TempDir
    Path tmp;

    private ImportReport load(App app, String mapping, String data) {
        Path file = SharedData.file(data);
        assumeTrue(file != null, SharedData.MISSING);
        return app.importer().importFile(new MappingReader().read(SharedData.repo().resolve("examples/mappings/" + mapping + ".yaml")),
                file, ImportListener.NONE);
    }

    private App open() {
        return App.open(tmp.resolve("ws"), "test", Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void every_shipped_mapping_parses() throws Exception {
        try (Stream<Path> files = Files.list(SharedData.repo().resolve("examples/mappings"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".yaml")).peek(p -> new MappingReader().read(p)).count()).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void cdnow_master_keeps_every_purchase_and_merges_same_day_ones_into_orders() {
        try (App app = open()) {
            ImportReport r = load(app, "cdnow-master", "cdnow/CDNOW_master.txt");
            Connection c = app.workspace().connection();
            assertThat(r.rowsRead()).isEqualTo(69_659);
            assertThat(r.accepted()).isEqualTo(69_659);
            assertThat(Db.queryLong(c, "SELECT count(*) FROM customers")).isEqualTo(23_570);
            assertThat(Db.queryLong(c, "SELECT count(DISTINCT customer_key || ordered_at) FROM orders")).isEqualTo(Db.queryLong(c, "SELECT count(*) FROM orders"));
            assertThat(Db.queryString(c, "SELECT CAST(sum(amount) AS VARCHAR) FROM order_lines")).isEqualTo("2500315.6300");
            assertThat(Db.queryString(c, "SELECT CAST(min(ordered_at) AS VARCHAR) || ' ' || CAST(max(ordered_at) AS VARCHAR) FROM orders"))
                    .isEqualTo("1997-01-01 00:00:00 1998-06-30 00:00:00");
        }
    }

    @Test
    void cdnow_sample_has_the_2357_customers_of_the_papers() {
        try (App app = open()) {
            ImportReport r = load(app, "cdnow-sample", "cdnow/CDNOW_sample.txt");
            assertThat(r.accepted()).isEqualTo(6_919);
            assertThat(Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM customers")).isEqualTo(2_357);
        }
    }

    @Test
    void telco_churn_customers_carry_their_attributes() {
        try (App app = open()) {
            ImportReport r = load(app, "telco-churn", "telco_churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
            Connection c = app.workspace().connection();
            assertThat(r.accepted()).isEqualTo(7_043);
            assertThat(Db.queryLong(c, "SELECT count(*) FROM customers WHERE attributes->>'$.churned' = 'Yes'")).isEqualTo(1_869);
            assertThat(Db.queryString(c, "SELECT c.attributes->>'$.contract' FROM customers c JOIN customer_records r USING (customer_id) "
                    + "WHERE r.external_id = '7590-VHVEG'")).isEqualTo("Month-to-month");
        }
    }

    @Test
    void groceries_baskets_become_orders_with_one_line_per_item() {
        try (App app = open()) {
            ImportReport r = load(app, "groceries", "groceries/groceries_baskets.csv");
            Connection c = app.workspace().connection();
            assertThat(r.quarantined()).isZero();
            assertThat(Db.queryLong(c, "SELECT count(*) FROM orders")).isEqualTo(9_835);
            assertThat(Db.queryLong(c, "SELECT count(*) FROM products")).isEqualTo(169);
            assertThat(Db.queryLong(c, "SELECT count(*) FROM order_lines WHERE product_id = 'whole milk'")).isEqualTo(2_513);
        }
    }

    @Test
    void womens_reviews_become_feedback_with_ratings_and_text() {
        try (App app = open()) {
            ImportReport r = load(app, "womens-reviews", "survey/womens_clothing_ecommerce_reviews_first1000.csv");
            Connection c = app.workspace().connection();
            assertThat(r.accepted()).isEqualTo(1_000);
            assertThat(Db.queryLong(c, "SELECT count(*) FROM feedback WHERE csat = 5")).isEqualTo(546);
            assertThat(Db.queryLong(c, "SELECT count(*) FROM feedback WHERE csat = 1")).isEqualTo(27);
            assertThat(Db.queryLong(c, "SELECT count(*) FROM feedback WHERE text IS NULL")).isEqualTo(42);
        }
    }
}
