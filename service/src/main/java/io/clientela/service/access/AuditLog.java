package io.clientela.service.access;

import io.clientela.store.Handle;
import io.clientela.store.access.AuditRows;
import java.time.Clock;
import java.time.LocalDateTime;

/** Appends to the audit log: every read of personal data, export, erasure and login, with who did it. */
public final class AuditLog {
    private final AuditRows rows;
    private final Clock clock;

    public AuditLog(Handle h, Clock clock) {
        this.rows = new AuditRows(h);
        this.clock = clock;
    }

    /** One entry; {@code user} may be null (a failed login). */
    public void record(User user, String action, Long customerId, String detail, String remote) {
        rows.insert(LocalDateTime.now(clock), user == null ? null : user.username(), user == null ? null : user.role().id(), action, customerId,
                detail, remote);
    }
}
