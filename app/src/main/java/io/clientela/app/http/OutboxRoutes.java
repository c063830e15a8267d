package io.clientela.app.http;

import io.clientela.service.access.Role;
import io.clientela.store.alerts.OutboxRows;
import java.util.List;

/** The outbox: alert e-mails a rule file with {@code delivery: outbox: true} stored instead of sending; for administrators and analysts. */
final class OutboxRoutes {
    private OutboxRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/outbox", Role.ANALYSTS, "Alert e-mails stored in the workspace's outbox instead of being sent (rule files with "
                + "'delivery: outbox: true'): recipient, sender, subject, body as text, when, and the state of the alert; sort and order by "
                + "mail_id, stored_at, mail_to or subject", List.of(), true, true, call -> Lists.respond(call, OutboxRows.list()));
    }
}
