package io.clientela.store.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleRowsTest {
    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 1, 12, 0);
    @TempDir
    Path tmp;

    @Test
    void stats_join_the_firings_with_the_counters_and_the_last_run() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            RuleRows rows = new RuleRows(Handle.on(ws.connection()));
            rows.insertFiring(new RuleRows.NewFiring("a", "1", 1L, "feedback", "nps", "F1", T0, 0));
            rows.insertFiring(new RuleRows.NewFiring("a", "2", 2L, "feedback", "nps", "F2", T0.plusHours(1), 0));
            rows.count("a", RuleRows.Counter.COOLED_DOWN);
            rows.count("b", RuleRows.Counter.LOOP_STOPPED);
            rows.count("b", RuleRows.Counter.LOOP_STOPPED);
            rows.ran("c", T0);

            assertThat(rows.stats()).containsEntry("a", new RuleRows.RuleStats("a", 2, 1, 0, T0.plusHours(1), null))
                    .containsEntry("b", new RuleRows.RuleStats("b", 0, 0, 2, null, null))
                    .containsEntry("c", new RuleRows.RuleStats("c", 0, 0, 0, null, T0));
            assertThat(rows.lastRun("c")).contains(T0);
            assertThat(rows.lastRun("a")).isEmpty();
            assertThat(rows.firedSince("a", "2", T0)).isTrue();
            assertThat(rows.firedSince("a", "1", T0)).as("fired at T0, not after it").isFalse();
        }
    }
}
