package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.service.export.Xlsx;
import io.clientela.store.Db;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer list behind every chart over the demo company: paging, sorting on every column both
 * ways, each drill-down filter against a count made here in SQL, 400 for what the list does not
 * know, and the CSV and Excel exports holding exactly the list.
 */
class CustomerListApiTest {
    private static WebFixture server;
    private static Http analyst;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        analyst = new Http(server).signedIn("analyst");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection c() {
        return server.app().workspace().connection();
    }

    private static long run() {
        return Db.queryLong(c(), "SELECT max(run_id) FROM analysis_runs WHERE list_contains(analyses, 'rfm')");
    }

    private static JsonNode list(String query) {
        HttpResponse<String> r = analyst.get("/api/v1/customers?" + query);
        assertThat(r.statusCode()).as(query + ": " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Every customer id of the filtered list, read page by page. */
    private static List<Long> ids(String query) {
        List<Long> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode p = list(query + "&sort=customer_id&size=97&page=" + page);
            p.get("items").forEach(i -> out.add(i.get("customer_id").asLong()));
            if (page >= p.get("pages").asInt()) {
                assertThat((long) out.size()).as(query).isEqualTo(p.get("total").asLong());
                return out;
            }
        }
    }

    private static List<Long> sqlIds(String where, Object... params) {
        return Db.query(c(), "SELECT c.customer_id FROM customers c LEFT JOIN customer_values v ON v.customer_id = c.customer_id AND v.run_id = "
                + run() + " WHERE " + where + " ORDER BY 1", params).stream().map(r -> ((Number) r.get("customer_id")).longValue()).toList();
    }

    @Test
    void pages_hold_every_customer_once_and_the_totals_agree() {
        long customers = Db.queryLong(c(), "SELECT count(*) FROM customers");
        JsonNode first = list("size=30&sort=revenue&order=desc");
        assertThat(first.get("total").asLong()).isEqualTo(customers);
        assertThat(first.get("pages").asLong()).isEqualTo((customers + 29) / 30);
        assertThat(first.get("currency").asText()).isNotBlank();
        List<Long> seen = new ArrayList<>();
        for (int page = 1; page <= first.get("pages").asInt(); page++) {
            JsonNode p = list("size=30&sort=revenue&order=desc&page=" + page);
            assertThat(p.get("total").asLong()).isEqualTo(customers);
            p.get("items").forEach(i -> seen.add(i.get("customer_id").asLong()));
        }
        // revenue has ties (customers without orders): the customer id keeps pages from repeating or skipping anyone
        assertThat(seen).hasSize((int) customers).doesNotHaveDuplicates();
        assertThat(list("size=30&page=" + (first.get("pages").asInt() + 1)).get("items")).isEmpty();
    }

    @Test
    void every_column_sorts_both_ways_with_ties_in_customer_id_order() {
        for (String column : List.of("customer_id", "name", "email", "country", "region", "channel", "segment", "abc", "quadrant", "orders",
                "revenue", "clv", "p_alive", "last_order")) {
            for (String order : List.of("asc", "desc")) {
                JsonNode p = list("sort=" + column + "&order=" + order + "&size=500");
                List<JsonNode> rows = new ArrayList<>();
                p.get("items").forEach(rows::add);
                assertThat(rows).as(column).hasSize(Math.min(500, p.get("total").intValue()));
                Comparator<JsonNode> byValue = (a, b) -> compare(a.get(column), b.get(column));
                Comparator<JsonNode> expected = (a, b) -> {
                    boolean an = a.get(column).isNull();
                    boolean bn = b.get(column).isNull();
                    if (an != bn) {
                        return an ? 1 : -1; // nulls last either way
                    }
                    int v = an ? 0 : order.equals("asc") ? byValue.compare(a, b) : byValue.compare(b, a);
                    return v != 0 ? v : Long.compare(a.get("customer_id").asLong(), b.get("customer_id").asLong());
                };
                assertThat(rows).as(column + " " + order).isSortedAccordingTo(expected);
                // and the sort is not the identity: the first row differs between the two orders unless every value is equal
                if (order.equals("desc")) {
                    JsonNode asc = list("sort=" + column + "&order=asc&size=1").get("items").get(0);
                    if (!asc.get(column).equals(rows.get(0).get(column))) {
                        assertThat(asc.get("customer_id")).isNotEqualTo(rows.get(0).get("customer_id"));
                    }
                }
            }
        }
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.asText().compareTo(b.asText());
    }

    @Test
    void each_drill_filter_holds_exactly_the_customers_sql_counts() {
        long run = run();
        String segment = Db.queryString(c(), "SELECT rfm_segment FROM customer_values WHERE run_id = ? GROUP BY 1 ORDER BY count(*) DESC LIMIT 1", run);
        assertThat(ids("rfm_segment=" + enc(segment))).isEqualTo(sqlIds("v.rfm_segment = ?", segment)).isNotEmpty();
        assertThat(ids("r=5&f=1")).isEqualTo(sqlIds("v.r_score = 5 AND v.f_score = 1"));
        assertThat(ids("r=2")).isEqualTo(sqlIds("v.r_score = 2")).isNotEmpty();
        assertThat(ids("abc=A")).isEqualTo(sqlIds("v.abc_class = 'A'")).isNotEmpty();
        assertThat(ids("abc=C&country=DE")).isEqualTo(sqlIds("v.abc_class = 'C' AND c.country = 'DE'")).isNotEmpty();
        String quadrant = Db.queryString(c(), "SELECT quadrant FROM customer_values WHERE run_id = ? AND quadrant IS NOT NULL GROUP BY 1 "
                + "ORDER BY count(*) DESC LIMIT 1", run);
        assertThat(ids("quadrant=" + enc(quadrant))).isEqualTo(sqlIds("v.quadrant = ?", quadrant)).isNotEmpty();
        assertThat(ids("clv_min=100&clv_max=400")).isEqualTo(sqlIds("v.clv BETWEEN 100 AND 400")).isNotEmpty();
        String theme = Db.queryString(c(), "SELECT t FROM (SELECT unnest(themes) AS t FROM voice_responses WHERE run_id = (SELECT max(run_id) "
                + "FROM voice_runs)) GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
        assertThat(ids("theme=" + enc(theme))).isEqualTo(sqlIds("c.customer_id IN (SELECT customer_id FROM voice_responses WHERE run_id = "
                + "(SELECT max(run_id) FROM voice_runs) AND list_contains(themes, ?))", theme)).isNotEmpty();
        assertThat(ids("theme=" + enc(theme) + "&from=2026-01-01&to=2026-06-30")).isEqualTo(sqlIds("c.customer_id IN (SELECT customer_id FROM "
                + "voice_responses WHERE run_id = (SELECT max(run_id) FROM voice_runs) AND list_contains(themes, ?) AND responded_at >= "
                + "TIMESTAMP '2026-01-01' AND responded_at < TIMESTAMP '2026-07-01')", theme));
        // a term: feedback with a word starting so, in any case (counted here with Java's regular expressions)
        Map<Long, Boolean> byTerm = new HashMap<>();
        Pattern word = Pattern.compile("(^|[^\\p{L}\\p{N}_])deliver", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
        Db.query(c(), "SELECT customer_id, text FROM feedback WHERE customer_id IS NOT NULL AND text IS NOT NULL").forEach(r -> {
            if (word.matcher((String) r.get("text")).find()) {
                byTerm.put(((Number) r.get("customer_id")).longValue(), true);
            }
        });
        assertThat(ids("term=Deliver")).isEqualTo(byTerm.keySet().stream().sorted().toList()).isNotEmpty();
    }

    @Test
    void a_cohort_cell_lists_the_customers_the_cohort_table_counts() {
        JsonNode cohorts = Http.json(analyst.get("/api/v1/value/cohorts"));
        int checked = 0;
        for (JsonNode cell : cohorts.get("cohorts")) {
            int since = cell.get("months_since").asInt();
            if (since > 3 || checked > 12) {
                continue;
            }
            String cohort = cell.get("cohort").asText();
            JsonNode all = list("cohort=" + cohort + "&size=1");
            assertThat(all.get("total").asLong()).as(cohort).isEqualTo(cell.get("cohort_size").asLong());
            JsonNode active = list("cohort=" + cohort + "&month=" + since + "&size=1");
            assertThat(active.get("total").asLong()).as(cohort + " +" + since).isEqualTo(cell.get("active").asLong());
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void what_the_list_does_not_know_is_a_400_in_words() {
        Map<String, String> bad = Map.of(
                "colour=red", "unknown parameter 'colour'",
                "r=6", "parameter 'r': expected a whole number from 1 to 5",
                "abc=D", "parameter 'abc': expected one of [A, B, C]",
                "quadrant=good", "parameter 'quadrant'",
                "cohort=2025-13", "parameter 'cohort': expected a month YYYY-MM",
                "month=2", "need a 'cohort'",
                "clv_min=5&clv_max=1", "'clv_max'",
                "rfm_segment=Winners", "is not an RFM segment",
                "sort=password", "parameter 'sort'",
                "format=pdf", "parameter 'format'");
        bad.forEach((query, words) -> {
            HttpResponse<String> r = analyst.get("/api/v1/customers?" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(Http.json(r).get("detail").asText()).as(query).contains(words).doesNotContain("Exception");
        });
        // a term is text, never a pattern: characters a regular expression would read are matched as they are
        for (String term : List.of("(", "[a-z", "\\E(", "a\\Qb", "%", "' OR 1=1 --", "*", "味道")) {
            HttpResponse<String> r = analyst.get("/api/v1/customers?term=" + enc(term));
            assertThat(r.statusCode()).as(term + ": " + r.body()).isEqualTo(200);
        }
        long braces = Db.queryLong(c(), "SELECT count(DISTINCT customer_id) FROM feedback WHERE customer_id IS NOT NULL AND text LIKE '%(%'");
        assertThat(list("term=" + enc("(") + "&size=1").get("total").asLong()).isLessThanOrEqualTo(braces);
        HttpResponse<String> twice = analyst.get("/api/v1/customers?r=1&r=2");
        assertThat(twice.statusCode()).isEqualTo(400);
    }

    @Test
    void search_finds_a_customer_by_number_and_the_period_says_it_does_not_narrow_the_list() {
        long id = Db.queryLong(c(), "SELECT min(customer_id) FROM customers");
        JsonNode found = list("q=" + id);
        assertThat(found.get("items").get(0).get("customer_id").asLong()).isEqualTo(id);
        assertThat(list("from=2026-01-01").get("not_applied").toString()).contains("from", "to");
        assertThat(list("from=2026-01-01&theme=x").has("not_applied")).isFalse();
    }

    @Test
    void the_csv_export_is_exactly_the_sorted_filtered_list_with_amounts_in_cents() {
        String query = "abc=A&sort=revenue&order=desc";
        JsonNode page = list(query + "&size=500");
        HttpResponse<String> csv = analyst.get("/api/v1/customers?" + query + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", List.of("customer_id", "name", "email", "country", "region", "channel", "segment", "abc",
                "quadrant", "orders", "revenue", "clv", "p_alive", "last_order")));
        assertThat(lines).hasSize(page.get("total").intValue() + 1);
        for (int i = 0; i < page.get("items").size(); i++) {
            JsonNode row = page.get("items").get(i);
            String line = lines[i + 1];
            assertThat(line).as("row %d", i).startsWith(row.get("customer_id").asText() + ",");
            if (!row.get("revenue").isNull()) {
                assertThat(line).contains("," + row.get("revenue").decimalValue().setScale(2).toPlainString() + ",");
            }
        }
        // no float noise anywhere: every number has at most two decimals except p_alive (three)
        Matcher noise = Pattern.compile("\\d+\\.\\d{4,}").matcher(csv.body());
        assertThat(noise.find()).as("float noise").isFalse();
    }

    @Test
    void exports_name_their_columns_in_the_dashboard_s_language_with_the_currency_of_the_amounts() throws Exception {
        String currency = list("size=1").get("currency").asText();
        String header = analyst.get("/api/v1/customers?abc=A&format=csv&lang=es").body().split("\r\n")[0];
        assertThat(header).isEqualTo("Cliente,Nombre,Correo,País,Región,Canal,Segmento,ABC,Cuadrante,Pedidos,Ingresos (" + currency + "),CLV ("
                + currency + "),P(activo),Último pedido");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/customers?abc=A&format=xlsx"
                + "&lang=zh"))).header("Cookie", analyst.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(rows(unzip(r.body()).get("xl/worksheets/sheet1.xml")).get(0)).startsWith("客户", "姓名", "邮箱");
        assertThat(analyst.get("/api/v1/customers?format=csv&lang=fr").statusCode()).isEqualTo(400);
    }

    @Test
    void the_excel_export_opens_as_a_workbook_with_the_same_cells_as_the_list() throws Exception {
        String query = "quadrant=model&sort=clv&order=desc";
        JsonNode page = list(query + "&size=500");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/customers?" + query
                + "&format=xlsx"))).header("Cookie", analyst.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(Xlsx.TYPE);
        Map<String, String> parts = unzip(r.body());
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml");
        List<List<String>> rows = rows(parts.get("xl/worksheets/sheet1.xml"));
        assertThat(rows.get(0)).containsExactly("customer_id", "name", "email", "country", "region", "channel", "segment", "abc", "quadrant",
                "orders", "revenue", "clv", "p_alive", "last_order");
        assertThat(rows).hasSize(page.get("total").intValue() + 1);
        for (int i = 0; i < page.get("items").size(); i++) {
            JsonNode item = page.get("items").get(i);
            List<String> row = new ArrayList<>(rows.get(i + 1));
            while (row.size() < 14) {
                row.add(null);
            }
            assertThat(row.get(0)).isEqualTo(item.get("customer_id").asText());
            assertThat(row.get(1)).isEqualTo(item.get("name").isNull() ? null : item.get("name").asText());
            assertThat(row.get(8)).isEqualTo("model");
            if (!item.get("clv").isNull()) {
                assertThat(new BigDecimal(row.get(11))).isEqualByComparingTo(item.get("clv").decimalValue());
            }
        }
    }

    static Map<String, String> unzip(byte[] body) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** The cells of a sheet by row, placed by column (an empty cell is null), numbers and inline strings read back as text. */
    static List<List<String>> rows(String sheet) {
        List<List<String>> out = new ArrayList<>();
        Matcher row = Pattern.compile("<row r=\"(\\d+)\">(.*?)</row>").matcher(sheet);
        while (row.find()) {
            assertThat(Integer.parseInt(row.group(1))).isEqualTo(out.size() + 1);
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<c r=\"([A-Z]+)" + row.group(1) + "\"[^>]*>(?:<v>([^<]*)</v>|<is><t[^>]*>([^<]*)</t></is>)</c>")
                    .matcher(row.group(2));
            while (cell.find()) {
                int column = cell.group(1).chars().reduce(0, (n, ch) -> n * 26 + ch - 'A' + 1) - 1;
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, cell.group(2) != null ? cell.group(2) : unescape(cell.group(3)));
            }
            out.add(cells);
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    static String nonNull(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
