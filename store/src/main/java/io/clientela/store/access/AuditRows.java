package io.clientela.store.access;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;

/** Appends to {@code audit_log}: who read, exported or erased what, and logins. */
public final class AuditRows {
    private final Connection c;

    public AuditRows(Handle h) {
        this.c = h.connection();
    }

    /** One entry; {@code detail} is cut to 500 characters. */
    public void insert(LocalDateTime at, String username, String role, String action, Long customerId, String detail, String remote) {
        Db.update(c, "INSERT INTO audit_log VALUES (nextval('audit_seq'), ?, ?, ?, ?, ?, ?, ?)", at, username, role, action, customerId,
                detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail, remote);
    }
}
