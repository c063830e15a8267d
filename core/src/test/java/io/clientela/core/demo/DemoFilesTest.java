package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFilesTest {
    Generated demo;

    @BeforeAll
    void generate(@TempDir Path tmp) {
        demo = Generated.write(tmp, Generated.spec(2_000));
    }

    @Test
    void the_manifest_lists_every_file_in_import_order_with_its_mapping_beside_it() throws Exception {
        assertThat(demo.manifest.files()).extracting(e -> e.data().getFileName().toString())
                .containsExactly("products.csv", "customers-shop.csv", "customers-crm.csv", "campaigns.csv", "order-lines.csv", "events.jsonl",
                        "tickets.csv", "feedback.jsonl", "campaign-contacts.csv", "opportunities.csv", "activities.csv", "sales-targets.csv");
        for (DemoManifest.Entry e : demo.manifest.files()) {
            assertThat(e.mapping().getParent()).isEqualTo(e.data().getParent());
            String yaml = Files.readString(e.mapping(), StandardCharsets.UTF_8);
            assertThat(MappingColumns.top(yaml, "entity")).as(e.mapping().toString()).isEqualTo(e.entity());
            assertThat(e.rows()).as(e.data().getFileName().toString()).isPositive();
        }
    }

    @Test
    void every_column_a_mapping_names_is_in_its_csv_header() {
        for (DemoFile f : DemoFile.values()) {
            if (!f.jsonLines()) {
                assertThat(demo.csv(f).header).as(f.fileName).containsExactlyElementsOf(f.columns())
                        .containsAll(MappingColumns.of(f.mapping()));
            }
        }
    }

    @Test
    void every_key_a_mapping_names_is_in_some_json_line_and_every_key_is_declared() {
        for (DemoFile f : List.of(DemoFile.EVENTS, DemoFile.FEEDBACK)) {
            Set<String> seen = new LinkedHashSet<>();
            for (Map<String, Object> o : demo.json(f)) {
                keys("", o, seen);
            }
            assertThat(seen).as(f.fileName).containsAll(MappingColumns.of(f.mapping()));
            assertThat(f.columns()).as(f.fileName).containsAll(seen);
        }
    }

    @Test
    void every_csv_row_has_as_many_cells_as_its_header() {
        for (DemoFile f : DemoFile.values()) {
            if (!f.jsonLines()) {
                assertThat(demo.rows(f)).as(f.fileName).hasSize((int) demo.rowsInManifest(f));
            }
        }
    }

    @Test
    void every_json_line_is_one_object_and_the_manifest_counts_them() {
        for (DemoFile f : List.of(DemoFile.EVENTS, DemoFile.FEEDBACK)) {
            assertThat(demo.json(f)).as(f.fileName).hasSize((int) demo.rowsInManifest(f));
        }
    }

    @Test
    void the_mapping_written_is_the_shipped_resource() throws Exception {
        for (DemoFile f : DemoFile.values()) {
            assertThat(Files.readString(demo.dir.resolve(f.mappingName()), StandardCharsets.UTF_8)).isEqualTo(f.mapping())
                    .contains("entity: " + f.entity);
        }
    }

    @Test
    void cells_with_commas_and_quotes_are_quoted() {
        assertThat(demo.lines(DemoFile.PRODUCTS)).contains("P-1005,\"Drip coffee maker, 10 cups\",coffee,79.00,36.34,USD");
        assertThat(demo.rows(DemoFile.PRODUCTS)).extracting(r -> r.get("name")).contains("Water filter cartridges, 3-pack");
    }

    /** Leaf keys as dotted paths; the JSON-valued fields (properties, ratings) count as leaves. */
    @SuppressWarnings("unchecked")
    private static void keys(String prefix, Map<String, Object> o, Set<String> into) {
        o.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m && !k.equals("properties") && !k.equals("ratings")) {
                keys(prefix + k + ".", (Map<String, Object>) m, into);
            } else {
                into.add(prefix + k);
            }
        });
    }
}
