package io.clientela.store.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertRowsTest {
    static final LocalDateTime T0 = LocalDateTime.of(2026, 10, 1, 9, 0);
    @TempDir
    Path tmp;

    @Test
    void pending_deliveries_come_back_with_their_alert_and_attempts_and_only_a_new_alert_moves_on_its_first_delivery() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            AlertRows rows = new AlertRows(Handle.on(ws.connection()));
            long id = rows.insert(new AlertRows.NewAlert(null, "r", "7", 7L, "high", "Call Ann", null, "emea", "region Europe", "feedback", "survey", "F1",
                    T0, "new"));
            long pending = rows.insertPendingDelivery(id, "email", "emea@x.example", T0);
            long sent = rows.insertPendingDelivery(id, "webhook", "https://x.example", T0);
            rows.insertFailedDelivery(id, "sms", "+44", "no such channel", T0);
            rows.attemptFailed(pending, 1, "timeout", false);
            rows.delivered(sent, 1, T0.plusMinutes(1));
            rows.setStatusIfNew(id, "delivering");
            rows.setStatusIfNew(id, "failed");

            assertThat(rows.pending()).singleElement().satisfies(p -> {
                assertThat(p.deliveryId()).isEqualTo(pending);
                assertThat(p.attempts()).isEqualTo(1);
                assertThat(p.alert()).isEqualTo(new AlertRows.AlertRow(id, "r", "7", 7L, "high", "Call Ann", null, "emea", "region Europe",
                        "feedback", "F1", T0, null));
            });
            assertThat(rows.deliveryStatuses(id)).containsExactlyInAnyOrder("pending", "delivered", "failed");
            assertThat(rows.show(id)).hasValueSatisfying(a -> assertThat(a).containsEntry("status", "delivering"));
            assertThat(rows.list("delivering", 10)).hasSize(1);
            assertThat(rows.list(null, 10)).hasSize(1);
            assertThat(rows.show(id + 1)).isEmpty();
        }
    }
}
