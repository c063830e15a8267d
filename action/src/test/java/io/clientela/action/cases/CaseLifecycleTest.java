package io.clientela.action.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.action.Fixture;
import io.clientela.core.ConflictException;
import io.clientela.store.cases.CaseRows;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLifecycleTest {
    @TempDir
    Path tmp;
    Fixture f;
    Cases cases;
    final LocalDateTime t0 = LocalDateTime.of(2026, 10, 1, 9, 0);

    @BeforeEach
    void open() {
        f = new Fixture(tmp).customer(1, "Ann Smith", "Europe", null);
        cases = new Cases(f.handle(), Sla.DEFAULT);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long openCase(String priority, String sourceId) {
        return cases.open(new Cases.NewCase(1L, "1", "Detractor", priority, null, "detractor", null, "feedback", "survey", sourceId), t0);
    }

    @Test
    void a_case_goes_from_open_to_closed_with_owner_notes_outcome_and_history() {
        long id = openCase("high", "F1");
        cases.assign(id, "anna", "lead", t0.plusHours(1));
        cases.start(id, "anna", t0.plusHours(3));
        cases.note(id, "anna", "Called; replacement sent", t0.plusHours(3));
        cases.resolve(id, "recovered", "anna", t0.plusHours(20));
        cases.close(id, "lead", t0.plusHours(30));

        Map<String, Object> c = cases.show(id);
        assertThat(c).containsEntry("status", "closed").containsEntry("owner", "anna").containsEntry("outcome", "recovered")
                .containsEntry("due_at", t0.plusHours(24)).containsEntry("first_contact_at", t0.plusHours(3)).containsEntry("source_id", "F1");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) c.get("history");
        assertThat(history).extracting(h -> h.get("to_status")).containsExactly("open", "assigned", "in_progress", "resolved", "closed");
        assertThat((List<?>) c.get("notes")).hasSize(1);
    }

    @Test
    void moves_against_the_lifecycle_are_refused_with_the_allowed_ones() {
        long id = openCase("normal", "F1");
        assertThatThrownBy(() -> cases.close(id, "x", t0)).isInstanceOf(ConflictException.class)
                .hasMessage("case " + id + " is open and cannot become closed; it can become assigned, in_progress, resolved");
        cases.resolve(id, "lost", "x", t0);
        cases.close(id, "x", t0);
        assertThatThrownBy(() -> cases.start(id, "x", t0)).hasMessageContaining("is closed and cannot become in_progress (it is final)");
        assertThatThrownBy(() -> cases.resolve(openCase("low", "F2"), "happy", "x", t0)).hasMessageContaining("unknown outcome 'happy'");
        assertThatThrownBy(() -> cases.show(999)).hasMessageContaining("no case 999");
    }

    @Test
    void overdue_cases_escalate_once_per_sla_period() {
        long urgent = openCase("urgent", "F1");
        long low = openCase("low", "F2");
        assertThat(cases.escalateOverdue(t0.plusHours(3))).isEmpty();
        assertThat(cases.escalateOverdue(t0.plusHours(5))).extracting(CaseRows.Escalated::caseId).containsExactly(urgent);
        assertThat(cases.escalateOverdue(t0.plusHours(6))).as("not again within the SLA period").isEmpty();
        assertThat(cases.escalateOverdue(t0.plusHours(9))).extracting(CaseRows.Escalated::level).containsExactly(2);
        cases.resolve(urgent, "recovered", "x", t0.plusHours(10));
        assertThat(cases.escalateOverdue(t0.plusDays(8))).extracting(CaseRows.Escalated::caseId).containsExactly(low);
        assertThat(cases.list(null, null, true, t0.plusDays(8), 10)).extracting(r -> r.get("case_id")).containsExactly(low);
    }

    @Test
    void kpis_follow_up_share_time_to_contact_and_close_and_recovery_rate() {
        LocalDateTime from = LocalDateTime.of(2026, 9, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(2026, 11, 1, 0, 0);
        io.clientela.store.Db.update(f.c(), "INSERT INTO feedback (source, feedback_id, customer_key, customer_id, responded_at, nps) VALUES "
                + "('s', 'F1', '1', 1, ?, 3), ('s', 'F2', '1', 1, ?, 5), ('s', 'F3', '1', 1, ?, 2), ('s', 'F4', '1', 1, ?, 10)",
                t0.minusDays(20), t0.minusDays(20), t0.minusDays(20), t0);
        long a = openCase("high", "F1");
        long b = openCase("high", "F2");
        cases.start(a, "x", t0.plusHours(2));
        cases.start(b, "x", t0.plusHours(4));
        cases.resolve(a, "recovered", "x", t0.plusHours(10));
        cases.resolve(b, "lost", "x", t0.plusHours(10));
        cases.close(a, "x", t0.plusHours(10));
        cases.close(b, "x", t0.plusHours(20));

        Map<String, Object> k = CaseKpis.of(f.handle(), from, to, to);
        assertThat(k).containsEntry("negative_feedback", 3L).containsEntry("negative_feedback_followed_up", 2L).containsEntry("followed_up_share", 0.667)
                .containsEntry("median_hours_to_first_contact", 3.0).containsEntry("median_hours_to_close", 15.0).containsEntry("recovery_rate", 0.5)
                .containsEntry("cases", 2L).containsEntry("open_cases", 0L);
    }
}
