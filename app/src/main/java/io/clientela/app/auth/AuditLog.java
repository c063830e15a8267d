package io.clientela.app.auth;

import io.clientela.store.Db;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Appends to and reads the audit log: every read of personal data, export, erasure and login. */
public final class AuditLog {
    private final Connection c;
    private final Clock clock;

    public AuditLog(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    public void record(User user, String action, Long customerId, String detail, String remote) {
        Db.update(c, "INSERT INTO audit_log VALUES (nextval('audit_seq'), ?, ?, ?, ?, ?, ?, ?)", LocalDateTime.now(clock),
                user == null ? null : user.username(), user == null ? null : user.role().id(), action, customerId,
                detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail, remote);
    }

    public List<Map<String, Object>> recent(int limit) {
        return Db.query(c, "SELECT * FROM audit_log ORDER BY audit_id DESC LIMIT ?", limit);
    }
}
