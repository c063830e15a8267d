package io.clientela.ingest.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.ingest.Rules;
import io.clientela.store.Db;
import io.clientela.store.Workspace;
import io.clientela.store.profiles.IncrementalProfiles;
import io.clientela.store.profiles.SurvivorshipPolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB's thread count and optimizer switches are database-wide: a collector that changed them on
 * its connection would slow every other query of the same server (the dashboard, the REST API, the rules).
 */
class CollectorLeavesSettingsAloneTest {
    @TempDir
    Path tmp;

    @Test
    void queries_on_other_connections_keep_every_thread_and_optimizer_while_the_collector_runs() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test"); Connection other = ws.newConnection()) {
            String threads = Db.queryString(other, "SELECT current_setting('threads')");
            Collector collector = Collectors.start(ws, Rules.defaults(), new IncrementalProfiles(SurvivorshipPolicy.DEFAULT, "US"),
                    Clock.systemUTC(), CollectedItems.NONE, 1_000, 1_000);
            try {
                assertThat(Db.queryString(other, "SELECT current_setting('threads')")).isEqualTo(threads);
                assertThat(Db.queryString(other, "SELECT current_setting('disabled_optimizers')")).isBlank();
            } finally {
                collector.close();
            }
        }
    }
}
