package io.clientela.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clientela.ingest.ImportListener;
import io.clientela.ingest.ImportReport;
import io.clientela.ingest.MappingReader;
import io.clientela.store.Db;
import io.clientela.store.WorkspaceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UCI Online Retail through the shipped mapping: every one of the 541,909 rows is accounted for. */
class OnlineRetailReferenceTest {
    @TempDir
    Path tmp;

    @Test
    void accounts_for_every_row_and_finds_4372_customers() {
        Path data = SharedData.file("online_retail/online_retail_2010_2011.csv.gz");
        assumeTrue(data != null, SharedData.MISSING);
        try (App app = App.open(tmp.resolve("ws"), "test", Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC))) {
            ImportReport r = app.importer().importFile(new MappingReader().read(SharedData.repo().resolve("examples/mappings/online-retail.yaml")),
                    data, ImportListener.NONE);
            assertThat(r.rowsRead()).isEqualTo(541_909);
            assertThat(r.accepted() + r.unchanged() + r.byReason().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(541_909);
            assertThat(r.byReason()).containsEntry("duplicate row", 5_268L).containsEntry("unit_price: below the minimum 0", 2L);
            @SuppressWarnings("unchecked")
            Map<String, Object> counts = (Map<String, Object>) WorkspaceStatus.of(app.workspace()).get("counts");
            assertThat(counts).containsEntry("identified_customers", 4_372L).containsEntry("customers", 4_372L);
            assertThat(counts.get("orders")).isEqualTo(25_898L);
            assertThat(Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM orders WHERE status = 'cancelled'")).isEqualTo(3_836L);
            assertThat(Db.queryLong(app.workspace().connection(), "SELECT count(DISTINCT country) FROM orders")).isEqualTo(38L);
        }
    }

    @Test
    void the_file_is_where_the_readme_says() {
        assumeTrue(SharedData.dir() != null, SharedData.MISSING);
        assertThat(Files.isDirectory(SharedData.dir().resolve("cdnow"))).isTrue();
    }
}
