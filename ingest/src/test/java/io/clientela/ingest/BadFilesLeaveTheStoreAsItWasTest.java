package io.clientela.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.store.Db;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadFilesLeaveTheStoreAsItWasTest {
    @TempDir
    Path tmp;

    private static final String GOOD = "order,sku,qty,price,at,customer\nA1,P1,2,9.99,2024-01-05 10:00:00,C1\n";

    private static void assertUnchanged(Fixture f) {
        assertThat(f.count("order_lines")).isEqualTo(1);
        assertThat(f.count("orders")).isEqualTo(1);
        assertThat(f.count("customer_records")).isEqualTo(1);
        assertThat(f.count("quarantine")).isZero();
        assertThat(f.count("imports")).isEqualTo(1);
    }

    @Test
    void wrong_delimiter_names_the_delimiter_the_file_seems_to_use() {
        try (Fixture f = new Fixture(tmp)) {
            f.load(Fixture.ORDER_LINES, f.file("good.csv", GOOD));
            Path semi = f.file("semi.csv", GOOD.replace(',', ';').replace("A1", "B1"));
            assertThatThrownBy(() -> f.load(Fixture.ORDER_LINES, semi)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("reads 'order'").hasMessageContaining("has no such columns").hasMessageContaining("';'-separated")
                    .hasMessageContaining("csv.delimiter").hasMessageContaining("nothing was imported");
            assertUnchanged(f);
        }
    }

    @Test
    void a_column_missing_from_the_file_is_named() {
        try (Fixture f = new Fixture(tmp)) {
            f.load(Fixture.ORDER_LINES, f.file("good.csv", GOOD));
            Path noQty = f.file("noqty.csv", "order,sku,price,at,customer\nB1,P1,9.99,2024-01-05 10:00:00,C1\n");
            assertThatThrownBy(() -> f.load(Fixture.ORDER_LINES, noQty)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("reads 'qty', but").hasMessageContaining("has no such column").hasMessageContaining("its columns are 'order', 'sku'");
            assertUnchanged(f);
        }
    }

    @Test
    void a_file_in_the_wrong_encoding_is_refused_with_the_setting_to_change() {
        try (Fixture f = new Fixture(tmp)) {
            f.load(Fixture.ORDER_LINES, f.file("good.csv", GOOD));
            byte[] latin1 = "order,sku,qty,price,at,customer\nB1,Café,2,9.99,2024-01-05 10:00:00,C1\n".getBytes(StandardCharsets.ISO_8859_1);
            Path file = f.write("latin1.csv", latin1);
            assertThatThrownBy(() -> f.load(Fixture.ORDER_LINES, file)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("not valid utf-8").hasMessageContaining("csv.encoding");
            assertUnchanged(f);

            ImportReport ok = f.load(Fixture.ORDER_LINES.replace("fields:", "csv: {encoding: latin-1}\nfields:"), file);
            assertThat(ok.accepted()).isEqualTo(1);
            assertThat(Db.queryString(f.workspace.connection(), "SELECT product_id FROM order_lines WHERE order_id = 'B1'")).isEqualTo("Café");
        }
    }

    @Test
    void an_empty_file_is_an_error() {
        try (Fixture f = new Fixture(tmp)) {
            f.load(Fixture.ORDER_LINES, f.file("good.csv", GOOD));
            Path empty = f.file("empty.csv", "");
            assertThatThrownBy(() -> f.load(Fixture.ORDER_LINES, empty)).isInstanceOf(ImportException.class).hasMessageContaining("is empty");
            assertUnchanged(f);
        }
    }

    @Test
    void a_truncated_gzip_file_is_refused_whole() throws IOException {
        try (Fixture f = new Fixture(tmp)) {
            f.load(Fixture.ORDER_LINES, f.file("good.csv", GOOD));
            StringBuilder big = new StringBuilder("order,sku,qty,price,at,customer\n");
            for (int i = 0; i < 50_000; i++) {
                big.append("B").append(i).append(",P").append(i % 97).append(",1,").append(i % 50).append(".5,2024-01-05 10:00:00,C").append(i % 300).append('\n');
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(big.toString().getBytes(StandardCharsets.UTF_8));
            }
            byte[] all = bytes.toByteArray();
            Path cut = f.write("cut.csv.gz", Arrays.copyOf(all, all.length / 2));
            assertThatThrownBy(() -> f.load(Fixture.ORDER_LINES, cut)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("truncated or corrupt gzip").hasMessageContaining("nothing was imported");
            assertUnchanged(f);

            Path whole = f.write("whole.csv.gz", all);
            assertThat(f.load(Fixture.ORDER_LINES, whole).accepted()).isEqualTo(50_000);
        }
    }

    @Test
    void a_failure_after_writing_rolls_the_whole_file_back() {
        try (Fixture f = new Fixture(tmp)) {
            f.load(Fixture.ORDER_LINES, f.file("good.csv", GOOD));
            Importer failing = f.importer((c, importId, now) -> {
                throw new IllegalStateException("disk full (simulated)");
            });
            Path more = f.file("more.csv", "order,sku,qty,price,at,customer\nB1,P1,2,9.99,2024-01-05 10:00:00,C2\nB2,P1,-1,x,,C3\n");
            assertThatThrownBy(() -> failing.importFile(f.mapping(Fixture.ORDER_LINES), more, ImportListener.NONE))
                    .hasMessageContaining("disk full");
            assertUnchanged(f);
        }
    }

    @Test
    void unknown_keys_in_a_mapping_are_named_with_their_line() {
        try (Fixture f = new Fixture(tmp)) {
            assertThatThrownBy(() -> f.mapping("source: shop\nentity: order_lines\ncsv:\n  delimeter: \";\"\nfields:\n  order_id: a\n"))
                    .isInstanceOf(MappingException.class).hasMessageContaining("line 4").hasMessageContaining("unknown key 'delimeter'")
                    .hasMessageContaining("delimiter");
            assertThatThrownBy(() -> f.mapping("source: shop\nentity: order_lines\nfields:\n  order_idd: a\n"))
                    .isInstanceOf(MappingException.class).hasMessageContaining("'order_idd' is not a field of order_lines");
            assertThatThrownBy(() -> f.mapping("source: shop\nentity: orderz\nfields:\n  order_id: a\n"))
                    .isInstanceOf(MappingException.class).hasMessageContaining("unknown entity 'orderz'");
            assertThatThrownBy(() -> f.mapping("entity: order_lines\nfields:\n  amount: {expr: \"quantity * * price\"}\n"))
                    .isInstanceOf(MappingException.class).hasMessageContaining("expression");
        }
    }

    @Test
    void json_lines_with_a_malformed_line_keep_the_good_lines() {
        try (Fixture f = new Fixture(tmp)) {
            ImportReport r = f.load("""
                    source: web
                    entity: events
                    fields:
                      event_id: id
                      customer_id: user
                      type: type
                      occurred_at: ts
                      properties: props
                    """, f.file("e.jsonl", """
                    {"id": "e1", "user": "u1", "type": "page_view", "ts": "2024-03-01T10:00:00Z", "props": {"url": "/"}}
                    {"id": "e2", "user": "u1", "type": "add_to_cart", "ts": "2024-03-01T10:01:00+01:00"
                    {"id": "e3", "user": "u2", "type": "Bad Type!", "ts": "2024-03-01T10:02:00Z"}
                    {"id": "e4", "type": "login", "ts": "2024-03-01T10:03:00Z"}
                    """));
            assertThat(r.rowsRead()).isEqualTo(4);
            assertThat(r.accepted()).isEqualTo(2);
            assertThat(r.byReason()).containsKey("malformed JSON (expected one JSON object per line)");
            assertThat(r.byReason().keySet()).anyMatch(k -> k.startsWith("type: does not match"));
            assertThat(Db.queryString(f.workspace.connection(), "SELECT properties->>'$.url' FROM events WHERE event_id = 'e1'")).isEqualTo("/");
            assertThat(Db.queryLong(f.workspace.connection(), "SELECT count(*) FROM events WHERE customer_key IS NULL")).isEqualTo(1);
        }
    }

    @Test
    void reads_parquet() {
        try (Fixture f = new Fixture(tmp)) {
            Path parquet = tmp.resolve("t.parquet");
            Db.execute(f.workspace.connection(), "COPY (SELECT 'T' || i AS ticket, 'C' || (i % 3) AS customer, TIMESTAMP '2024-01-01' + "
                    + "INTERVAL (i) HOUR AS opened, CASE WHEN i = 4 THEN 'whenever' ELSE 'high' END AS prio FROM range(5) t(i)) TO '"
                    + parquet + "' (FORMAT parquet)");
            ImportReport r = f.load("""
                    source: helpdesk
                    entity: tickets
                    fields: {ticket_id: ticket, customer_id: customer, opened_at: opened, priority: prio}
                    """, parquet);
            assertThat(r.accepted()).isEqualTo(4);
            assertThat(r.byReason()).containsKey("priority: not one of: low, normal, medium, high, urgent");
            assertThat(Db.queryLong(f.workspace.connection(), "SELECT row_no FROM quarantine")).isEqualTo(5);
        }
    }
}
