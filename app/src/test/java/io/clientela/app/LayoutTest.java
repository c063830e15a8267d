package io.clientela.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout holds (docs/architecture.md): reads every main source file of every module, its imports
 * and the qualified names in its code, and fails on an arrow the layout forbids:
 * <pre>
 * app -> service -> ingest, action -> store -> core
 *        service -> analytics -> core
 * bench -> app
 * </pre>
 * Javalin only in {@code app.http}, picocli only in {@code app.cli}, JDBC and DuckDB only in store and
 * ingest, GreenMail and JMH only in bench; {@code app} under a quarter of the product's code; no class
 * over 300 lines without a written reason. The bench module is not part of the product: its command
 * line is picocli's and its data builders write SQL, as test fixtures do.
 */
class LayoutTest {
    /** Each product module and the modules its code may use. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "core", Set.of(),
            "store", Set.of("core"),
            "ingest", Set.of("core", "store"),
            "action", Set.of("core", "store"),
            "analytics", Set.of("core"),
            "service", Set.of("core", "store", "ingest", "action", "analytics"),
            "app", Set.of("core", "store", "ingest", "action", "analytics", "service"),
            "bench", Set.of("core", "store", "ingest", "action", "analytics", "service", "app"));
    private static final Pattern NAME = Pattern.compile("\\b(io\\.clientela\\.(\\w+)|io\\.javalin|picocli|java\\.sql|javax\\.sql|org\\.duckdb"
            + "|com\\.icegreen|org\\.openjdk\\.jmh)\\b[\\w.]*");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<Source> SOURCES = new ArrayList<>();

    private record Source(String module, String pkg, Path file, String code, String text, int lines) {
        String where() {
            return ROOT.relativize(file).toString();
        }
    }

    @BeforeAll
    static void read() throws IOException {
        for (String module : MAY_USE.keySet()) {
            Path main = ROOT.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    try {
                        String text = Files.readString(f);
                        Matcher p = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(text);
                        SOURCES.add(new Source(module, p.find() ? p.group(1) : "", f, code(text), text, (int) text.lines().count()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        assertThat(SOURCES).as("main sources under " + ROOT).hasSizeGreaterThan(300);
    }

    /** The text without comments and string literals, so only imports and code are read. */
    private static String code(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
    }

    private static List<String> names(Source s) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(s.code());
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void a_module_uses_only_the_modules_below_it() {
        List<String> wrong = new ArrayList<>();
        for (Source s : SOURCES) {
            for (String name : names(s)) {
                if (name.startsWith("io.clientela.")) {
                    String target = name.split("\\.")[2];
                    if (!target.equals(s.module()) && MAY_USE.containsKey(target) && !MAY_USE.get(s.module()).contains(target)) {
                        wrong.add(s.where() + " uses " + name);
                    }
                }
            }
        }
        assertThat(wrong).as("arrows the layout forbids (analytics and store never use each other)").isEmpty();
    }

    @Test
    void javalin_only_in_app_http_picocli_only_in_app_cli() {
        List<String> wrong = new ArrayList<>();
        for (Source s : SOURCES) {
            for (String name : names(s)) {
                if (name.startsWith("io.javalin") && !s.pkg().equals("io.clientela.app.http")) {
                    wrong.add(s.where() + " uses " + name);
                }
                if (name.startsWith("picocli") && !s.pkg().equals("io.clientela.app.cli") && !s.module().equals("bench")) {
                    wrong.add(s.where() + " uses " + name);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void sql_and_duckdb_only_in_store_and_ingest() {
        List<String> wrong = new ArrayList<>();
        for (Source s : SOURCES) {
            if (Set.of("store", "ingest", "bench").contains(s.module())) {
                continue;
            }
            for (String name : names(s)) {
                if (name.startsWith("java.sql") || name.startsWith("javax.sql") || name.startsWith("org.duckdb")
                        || name.startsWith("io.clientela.store.Db")) {
                    wrong.add(s.where() + " uses " + name);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void no_sql_text_outside_store_and_ingest() {
        Pattern sql = Pattern.compile("\"[^\"\\n]*\\b(SELECT .* FROM|INSERT INTO|DELETE FROM|UPDATE \\w+ SET|CREATE (OR REPLACE )?TABLE)\\b");
        List<String> wrong = new ArrayList<>();
        for (Source s : SOURCES) {
            if (!Set.of("store", "ingest", "bench").contains(s.module()) && sql.matcher(s.text().replaceAll("(?s)/\\*.*?\\*/", " ")).find()) {
                wrong.add(s.where());
            }
        }
        assertThat(wrong).as("files with SQL in a string").isEmpty();
    }

    @Test
    void greenmail_and_jmh_only_in_bench() {
        List<String> wrong = new ArrayList<>();
        for (Source s : SOURCES) {
            for (String name : names(s)) {
                if ((name.startsWith("com.icegreen") || name.startsWith("org.openjdk.jmh")) && !s.module().equals("bench")) {
                    wrong.add(s.where() + " uses " + name);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void app_holds_under_a_quarter_of_the_product_code() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        SOURCES.stream().filter(s -> !s.module().equals("bench")).forEach(s -> lines.merge(s.module(), s.lines(), Integer::sum));
        int all = lines.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(lines.get("app") * 4).as("lines of main code per module: " + lines).isLessThan(all);
    }

    @Test
    void a_class_over_300_lines_says_why() {
        List<String> wrong = new ArrayList<>();
        for (Source s : SOURCES) {
            if (s.lines() > 300) {
                try {
                    if (!Files.readString(s.file()).contains("Why it is long:")) {
                        wrong.add(s.where() + " has " + s.lines() + " lines");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertThat(wrong).as("split them, or say in the class Javadoc 'Why it is long: ...'").isEmpty();
    }
}
