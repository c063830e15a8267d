package io.clientela.store.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V011 gives the cases and alerts of earlier versions the source system of their item
 * where the case's customer has exactly one item of that kind and id, and leaves it null otherwise.
 */
class CaseSourceSystemMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void earlier_cases_get_the_source_system_only_where_their_customer_has_one_item_with_that_id() {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir, "test")) {
            var c = ws.connection();
            // back to the schema before V011
            Db.update(c, "DROP INDEX cases_customer");
            Db.update(c, "ALTER TABLE cases DROP COLUMN source_system");
            Db.update(c, "CREATE INDEX cases_customer ON cases (customer_id)");
            Db.update(c, "ALTER TABLE alerts DROP COLUMN source_system");
            Db.update(c, "DELETE FROM schema_version WHERE name = 'V011__case_source_system.sql'");
            String feedback = "INSERT INTO feedback (source, feedback_id, customer_id, responded_at) VALUES (?, ?, ?, TIMESTAMP '2026-10-01 10:00:00')";
            Db.update(c, feedback, "survey", "F1", 1);
            Db.update(c, feedback, "reviews", "F1", 2);
            Db.update(c, feedback, "survey", "F2", 1);
            Db.update(c, feedback, "reviews", "F2", 1);
            String kase = "INSERT INTO cases (case_id, customer_id, subject, title, priority, status, alert_id, source_kind, source_id, opened_at, due_at, "
                    + "escalation_level) VALUES (?, ?, 's', 't', 'high', 'open', ?, 'feedback', ?, TIMESTAMP '2026-10-01 11:00:00', TIMESTAMP '2026-10-02 11:00:00', 0)";
            Db.update(c, kase, 1, 1, 11, "F1");
            Db.update(c, kase, 2, 2, 12, "F1");
            Db.update(c, kase, 3, 1, 13, "F2");
            Db.update(c, "INSERT INTO alerts (alert_id, rule_id, subject, customer_id, priority, title, routed_to, routed_by, source_kind, source_id, "
                    + "created_at, case_id, status) VALUES (11, 'r', '1', 1, 'high', 't', 'anna', 'fallback', 'feedback', 'F1', TIMESTAMP '2026-10-01 11:00:00', 1, 'new')");
        }
        try (Workspace ws = Workspace.open(dir, "test")) {
            var c = ws.connection();
            assertThat(Db.query(c, "SELECT case_id, coalesce(source_system, '(none)') AS system FROM cases ORDER BY case_id")).containsExactly(
                    Map.of("case_id", 1L, "system", "survey"), Map.of("case_id", 2L, "system", "reviews"),
                    Map.of("case_id", 3L, "system", "(none)"));
            assertThat(Db.queryString(c, "SELECT source_system FROM alerts WHERE alert_id = 11")).isEqualTo("survey");
        }
    }
}
