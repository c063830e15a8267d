package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutTest {
    @TempDir
    Path tmp;

    @Test
    void quotes_csv_cells_only_when_they_need_it_and_doubles_quotes() throws Exception {
        Path file = tmp.resolve("a.csv");
        try (Out out = new Out(file, "a,b,c,d,e")) {
            out.cell("plain").cell("with, comma").cell("say \"hi\"").cell((String) null).cell(" padded ").end();
            out.cell("two\nlines").cell(7).cell(true).money(2.5).timestamp(0).end();
            assertThat(out.rows()).isEqualTo(2);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("a,b,c,d,e\nplain,\"with, comma\",\"say \"\"hi\"\"\",,\" padded \"\n\"two\nlines\",7,true,2.50,1970-01-01 00:00:00\n");
        assertThat(Csv.parse(text, "a.csv").get(1)).containsExactly("plain", "with, comma", "say \"hi\"", "", " padded ");
    }

    @Test
    void escapes_json_strings_and_nests_objects() throws Exception {
        Path file = tmp.resolve("a.jsonl");
        try (Out out = new Out(file, null)) {
            out.object().str("text", "quote \" backslash \\ tab \t bell \u0007 ünï 配送").num("n", 3).str("absent", null)
                    .object("inner").money("price", 19.9).close();
            out.end();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\\u0007").doesNotContain("absent");
        Map<String, Object> o = JsonLine.object(lines.get(0));
        assertThat(o.get("text")).isEqualTo("quote \" backslash \\ tab \t bell \u0007 ünï 配送");
        assertThat(JsonLine.at(o, "inner.price")).hasToString("19.90");
    }

    @Test
    void repeats_the_last_row_byte_for_byte() throws Exception {
        Path file = tmp.resolve("d.csv");
        try (Out out = new Out(file, "x,y")) {
            out.cell("1").cell("a, b").end();
            out.repeatLastRow();
            assertThat(out.rows()).isEqualTo(2);
        }
        assertThat(Files.readString(file)).isEqualTo("x,y\n1,\"a, b\"\n1,\"a, b\"\n");
    }
}
