package io.clientela.store.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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

    private static final List<String> BEFORE = List.of("V001__canonical_model.sql", "V002__customer_indexes.sql", "V003__value_runs.sql",
            "V004__collector.sql", "V005__actions.sql", "V006__voice.sql", "V007__users.sql", "V008__voice_response_day.sql",
            "V009__anonymous_backfills.sql", "V010__login_attempts.sql");

    private static Connection atVersion10(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Workspace.FILE).toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL, "
                    + "app_version VARCHAR NOT NULL)");
            for (int i = 0; i < BEFORE.size(); i++) {
                try (InputStream in = Workspace.class.getResourceAsStream("migrations/" + BEFORE.get(i))) {
                    st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                Db.update(c, "INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP, 'test')", i + 1, BEFORE.get(i));
            }
        }
        return c;
    }

    @Test
    void earlier_cases_get_the_source_system_only_where_their_customer_has_one_item_with_that_id() throws Exception {
        Path dir = tmp.resolve("ws");
        // a workspace as Clientela left it at schema version 10, before V011 (whatever migrations come after it)
        try (Connection c = atVersion10(dir)) {
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
