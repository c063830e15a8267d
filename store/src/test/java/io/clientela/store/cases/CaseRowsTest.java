package io.clientela.store.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRowsTest {
    static final LocalDateTime T0 = LocalDateTime.of(2026, 10, 1, 9, 0);
    @TempDir
    Path tmp;

    private static long open(CaseRows rows, String priority, int hoursToDue) {
        long id = rows.insert(new CaseRows.NewCase(1L, "1", "Detractor", priority, "open", null, "r", null, "feedback", "survey", "F1", T0,
                T0.plusHours(hoursToDue)));
        rows.history(List.of(new CaseRows.Change(id, T0, null, "open", "rule r", "due")));
        return id;
    }

    @Test
    void overdue_cases_are_escalated_together_once_per_sla_period_each_with_a_line_of_history() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            CaseRows rows = new CaseRows(Handle.on(ws.connection()));
            long a = open(rows, "urgent", 4);
            long b = open(rows, "urgent", 4);
            long late = open(rows, "low", 168);

            assertThat(rows.escalateOverdue(T0.plusHours(5))).extracting(CaseRows.Escalated::caseId, CaseRows.Escalated::level)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 1), org.assertj.core.groups.Tuple.tuple(b, 1));
            assertThat(rows.escalateOverdue(T0.plusHours(6))).as("not again within 4 h").isEmpty();
            rows.resolve(b, "recovered", T0.plusHours(7));
            assertThat(rows.escalateOverdue(T0.plusHours(9))).extracting(CaseRows.Escalated::caseId, CaseRows.Escalated::level)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 2));
            assertThat(Db.query(ws.connection(), "SELECT case_id, detail FROM case_history WHERE to_status = 'escalated' ORDER BY changed_at, case_id"))
                    .extracting(r -> r.get("case_id"), r -> r.get("detail")).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(a, "overdue; level 1"), org.assertj.core.groups.Tuple.tuple(b, "overdue; level 1"),
                            org.assertj.core.groups.Tuple.tuple(a, "overdue; level 2"));
            assertThat(rows.status(late)).contains("open");
            assertThat(rows.status(999)).isEmpty();
        }
    }
}
