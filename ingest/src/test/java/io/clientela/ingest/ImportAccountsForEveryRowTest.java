package io.clientela.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAccountsForEveryRowTest {
    @TempDir
    Path tmp;

    @Test
    void quarantines_each_bad_row_with_file_row_field_value_and_reason() {
        try (Fixture f = new Fixture(tmp)) {
            Path csv = f.file("orders.csv", """
                    order,sku,qty,price,at,customer
                    A1,P1,2,9.99,2024-01-05 10:00:00,C1
                    A2,P1,1,-5,2024-01-06 10:00:00,C1
                    A3,P2,x,1.00,2024-01-07 10:00:00,C2
                    A4,P2,1,1.00,2024-13-45 10:00:00,C2
                    A5,P3,1,12.5O,2024-01-08 10:00:00,C3
                    ,P3,1,1.00,2024-01-08 10:00:00,C3
                    A7,P3,1,99999999,2024-01-08 10:00:00,C3
                    """);
            ImportReport r = f.load(Fixture.ORDER_LINES, csv);

            assertThat(r.rowsRead()).isEqualTo(7);
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.quarantined()).isEqualTo(6);
            List<Map<String, Object>> q = Db.query(f.workspace.connection(), "SELECT row_no, field, value, reason FROM quarantine ORDER BY row_no");
            assertThat(q).extracting(m -> m.get("row_no")).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
            assertThat(q.get(0)).containsEntry("field", "unit_price").containsEntry("value", "-5").containsEntry("reason", "below the minimum 0");
            assertThat(q.get(1)).containsEntry("field", "quantity").containsEntry("value", "x").containsEntry("reason", "expected a whole number");
            assertThat(q.get(2)).containsEntry("field", "ordered_at");
            assertThat((String) q.get(2).get("reason")).startsWith("expected a date and time");
            assertThat(q.get(3)).containsEntry("field", "unit_price").containsEntry("value", "12.5O");
            assertThat(q.get(4)).containsEntry("field", "order_id").containsEntry("reason", "required value is missing");
            assertThat(q.get(5)).containsEntry("field", "unit_price").containsEntry("reason", "above the maximum 1000000");
            assertThat(f.count("order_lines")).isEqualTo(1);
            assertThat(Db.queryString(f.workspace.connection(), "SELECT CAST(raw AS VARCHAR) FROM quarantine WHERE row_no = 3"))
                    .contains("\"price\":\"-5\"");
        }
    }

    @Test
    void quarantines_exact_duplicate_rows_unless_the_mapping_keeps_them() {
        try (Fixture f = new Fixture(tmp)) {
            String rows = """
                    order,sku,qty,price,at,customer
                    A1,P1,2,9.99,2024-01-05 10:00:00,C1
                    A1,P1,2,9.99,2024-01-05 10:00:00,C1
                    A1,P2,1,1.00,2024-01-05 10:00:00,C1
                    """;
            ImportReport r = f.load(Fixture.ORDER_LINES, f.file("a.csv", rows));
            assertThat(r.byReason()).containsEntry("duplicate row", 1L);
            assertThat(Db.queryString(f.workspace.connection(), "SELECT value FROM quarantine")).isEqualTo("same as row 2");

            ImportReport kept = f.load(Fixture.ORDER_LINES.replace("entity: order_lines", "entity: order_lines\nduplicates: keep")
                    .replace("source: shop", "source: shop2"), f.file("b.csv", rows));
            assertThat(kept.quarantined()).isZero();
            assertThat(kept.accepted()).isEqualTo(3);
        }
    }

    @Test
    void keeps_guest_orders_as_anonymous_records() {
        try (Fixture f = new Fixture(tmp)) {
            ImportReport r = f.load(Fixture.ORDER_LINES, f.file("g.csv", """
                    order,sku,qty,price,at,customer
                    A1,P1,2,9.99,2024-01-05 10:00:00,
                    A2,P1,1,5.00,2024-01-06 10:00:00,C9
                    """));
            assertThat(r.accepted()).isEqualTo(2);
            assertThat(Db.queryLong(f.workspace.connection(), "SELECT count(*) FROM orders WHERE customer_key IS NULL")).isEqualTo(1);
            assertThat(f.count("customers")).isEqualTo(1);
        }
    }

    @Test
    void reimporting_the_same_file_adds_nothing() {
        try (Fixture f = new Fixture(tmp)) {
            Path csv = f.file("o.csv", "order,sku,qty,price,at,customer\nA1,P1,2,9.99,2024-01-05 10:00:00,C1\n");
            f.load(Fixture.ORDER_LINES, csv);
            ImportReport again = f.load(Fixture.ORDER_LINES, csv);
            assertThat(again.status()).isEqualTo("already imported");
            assertThat(again.accepted()).isZero();
            assertThat(f.count("order_lines")).isEqualTo(1);
            assertThat(f.count("imports")).isEqualTo(1);
        }
    }

    @Test
    void reads_decimal_commas_and_custom_date_formats() {
        try (Fixture f = new Fixture(tmp)) {
            ImportReport r = f.load("""
                    source: shop
                    entity: order_lines
                    csv: {delimiter: ";"}
                    formats: {decimal: ",", timestamp: "%d.%m.%Y %H:%M"}
                    fields:
                      order_id: order
                      product_id: sku
                      quantity: qty
                      unit_price: price
                      ordered_at: at
                      amount: {expr: "quantity * unit_price"}
                    """, f.file("eu.csv", "order;sku;qty;price;at\nA1;P1;3;1.234,50;31.12.2024 23:59\n"));
            assertThat(r.accepted()).isEqualTo(1);
            Map<String, Object> line = Db.query(f.workspace.connection(), "SELECT unit_price::VARCHAR AS p, amount::VARCHAR AS a FROM order_lines").get(0);
            assertThat(line).containsEntry("p", "1234.5000").containsEntry("a", "3703.5000");
            assertThat(Db.queryString(f.workspace.connection(), "SELECT ordered_at::VARCHAR FROM orders")).isEqualTo("2024-12-31 23:59:00");
        }
    }

    @Test
    void converts_local_source_times_to_utc() {
        try (Fixture f = new Fixture(tmp)) {
            f.load(Fixture.ORDER_LINES.replace("fields:", "formats: {timezone: Europe/London}\nfields:"),
                    f.file("t.csv", "order,sku,qty,price,at,customer\nA1,P1,1,1,2011-06-01 10:00:00,C1\n"));
            assertThat(Db.queryString(f.workspace.connection(), "SELECT ordered_at::VARCHAR FROM orders")).isEqualTo("2011-06-01 09:00:00");
        }
    }

    @Test
    void quarantines_csv_records_with_the_wrong_number_of_columns() {
        try (Fixture f = new Fixture(tmp)) {
            ImportReport r = f.load(Fixture.ORDER_LINES, f.file("c.csv", """
                    order,sku,qty,price,at,customer
                    A1,P1,2,9.99,2024-01-05 10:00:00,C1
                    A2,P1,2,9.99
                    A3,P1,2,9.99,2024-01-05 10:00:00,C1,extra
                    """));
            assertThat(r.rowsRead()).isEqualTo(3);
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.byReason().keySet()).anyMatch(k -> k.contains("too few columns")).anyMatch(k -> k.contains("too many columns"));
        }
    }
}
