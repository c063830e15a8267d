package io.clientela.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The action module speaks no SQL (the store does) and reads YAML through Jackson only: its imports keep it so. */
class ImportsTest {
    private static final Pattern FORBIDDEN = Pattern.compile("^import (static )?(java\\.sql\\.|org\\.duckdb\\.|io\\.clientela\\.store\\.Db;|org\\.yaml\\.)",
            Pattern.MULTILINE);
    private static final Pattern SQL = Pattern.compile("\"\\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH)\\s", Pattern.CASE_INSENSITIVE);

    @Test
    void no_main_source_of_action_imports_jdbc_duckdb_the_sql_helper_or_snakeyaml_nor_holds_sql() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("the module's sources were found").hasSizeGreaterThan(30);
        for (Path p : sources) {
            String text = Files.readString(p);
            assertThat(FORBIDDEN.matcher(text).find()).as(p + " imports what only the store may").isFalse();
            assertThat(SQL.matcher(text).find()).as(p + " holds SQL").isFalse();
        }
    }
}
