package io.clientela.store.alerts;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.query.ListQuery;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The outbox: alert e-mails rendered as they would be sent and kept in the workspace instead (a local mail sink). */
public final class OutboxRows {
    private final Connection c;

    public OutboxRows(Handle handle) {
        this.c = handle.connection();
    }

    /** Stores one rendered mail; returns its id. */
    public long store(long alertId, LocalDateTime at, String from, String to, String subject, String body) {
        long id = Db.queryLong(c, "SELECT nextval('outbox_seq')");
        Db.update(c, "INSERT INTO outbox VALUES (?, ?, ?, ?, ?, ?, ?)", id, alertId, at, from, to, subject, body);
        return id;
    }

    /** The mails, newest first by default, with the state of the alert each belongs to. */
    public static ListQuery list() {
        return new ListQuery("""
                o.mail_id, o.stored_at, o.mail_to, o.mail_from, o.subject, o.body, o.alert_id, a.status AS alert_status, a.priority, a.case_id""",
                "outbox o LEFT JOIN alerts a ON a.alert_id = o.alert_id", List.of(), Set.of("mail_id", "stored_at", "mail_to", "subject"), "mail_id");
    }
}
