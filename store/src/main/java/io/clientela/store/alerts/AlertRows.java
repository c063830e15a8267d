package io.clientela.store.alerts;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL over {@code alerts} and their {@code deliveries}. */
public final class AlertRows {
    private final Connection c;

    public AlertRows(Handle handle) {
        this.c = handle.connection();
    }

    /** An alert as it is stored; {@code firingId} is null for an alert no rule firing raised (an escalation). */
    public record NewAlert(Long firingId, String ruleId, String subject, Long customerId, String priority, String title, String recommendation,
                           String routedTo, String routedBy, String sourceKind, String sourceSystem, String sourceId, LocalDateTime createdAt,
                           String status) {
    }

    /** A stored alert, as a delivery sends it. */
    public record AlertRow(long alertId, String ruleId, String subject, Long customerId, String priority, String title, String recommendation,
                           String routedTo, String routedBy, String sourceKind, String sourceId, LocalDateTime createdAt, Long caseId) {
    }

    /** A delivery still pending, with the alert it sends and the attempts made so far. */
    public record PendingDelivery(long deliveryId, String channel, String target, int attempts, AlertRow alert) {
    }

    /** Stores an alert and returns its id. */
    public long insert(NewAlert a) {
        return Db.queryLong(c, """
                INSERT INTO alerts VALUES (nextval('alert_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
                RETURNING alert_id""", a.firingId(), a.ruleId(), a.subject(), a.customerId(), a.priority(), a.title(), a.recommendation(),
                a.routedTo(), a.routedBy(), a.sourceKind(), a.sourceId(), a.createdAt(), a.status(), a.sourceSystem());
    }

    public void linkCase(long alertId, long caseId) {
        Db.update(c, "UPDATE alerts SET case_id = ? WHERE alert_id = ?", caseId, alertId);
    }

    /** Sets the alert's status. */
    public void setStatus(long alertId, String status) {
        Db.update(c, "UPDATE alerts SET status = ? WHERE alert_id = ? AND status <> ?", status, alertId, status);
    }

    /** Sets the status of an alert that is still new. */
    public void setStatusIfNew(long alertId, String status) {
        Db.update(c, "UPDATE alerts SET status = ? WHERE alert_id = ? AND status = 'new'", status, alertId);
    }

    /** Stores a pending delivery and returns its id. */
    public long insertPendingDelivery(long alertId, String channel, String target, LocalDateTime at) {
        return Db.queryLong(c, """
                INSERT INTO deliveries VALUES (nextval('delivery_seq'), ?, ?, ?, 'pending', 0, NULL, ?, NULL)
                RETURNING delivery_id""", alertId, channel, target, at);
    }

    /** Stores a delivery that failed before any attempt, with the reason. */
    public void insertFailedDelivery(long alertId, String channel, String target, String reason, LocalDateTime at) {
        Db.update(c, "INSERT INTO deliveries VALUES (nextval('delivery_seq'), ?, ?, ?, 'failed', 0, ?, ?, NULL)", alertId, channel, target, reason, at);
    }

    /** Records a successful attempt. */
    public void delivered(long deliveryId, int attempts, LocalDateTime at) {
        Db.update(c, "UPDATE deliveries SET status = 'delivered', attempts = ?, delivered_at = ? WHERE delivery_id = ?", attempts, at, deliveryId);
    }

    /** Records a failed attempt: the delivery stays pending for another one, or has failed for good. */
    public void attemptFailed(long deliveryId, int attempts, String error, boolean finalAttempt) {
        Db.update(c, "UPDATE deliveries SET status = ?, attempts = ?, last_error = ? WHERE delivery_id = ?", finalAttempt ? "failed" : "pending",
                attempts, error, deliveryId);
    }

    /** The status of each delivery of an alert. */
    public List<String> deliveryStatuses(long alertId) {
        return Db.query(c, "SELECT status FROM deliveries WHERE alert_id = ?", alertId).stream().map(r -> (String) r.get("status")).toList();
    }

    /** Deliveries still pending (a process stopped before their last attempt), oldest first, with their alerts. */
    public List<PendingDelivery> pending() {
        return Db.query(c, """
                SELECT d.delivery_id, d.channel, d.target, d.attempts, a.* FROM deliveries d JOIN alerts a ON a.alert_id = d.alert_id
                WHERE d.status = 'pending' ORDER BY d.delivery_id""").stream()
                .map(r -> new PendingDelivery(id(r, "delivery_id"), (String) r.get("channel"), (String) r.get("target"),
                        ((Number) r.get("attempts")).intValue(), alert(r))).toList();
    }

    /** Alerts for a listing, newest first, optionally only those with one status. */
    public List<Map<String, Object>> list(String status, int limit) {
        return Db.query(c, """
                SELECT alert_id, created_at, priority, rule_id, customer_id, routed_to, status, case_id, title FROM alerts
                WHERE (? IS NULL OR status = ?) ORDER BY alert_id DESC LIMIT ?""", status, status, limit);
    }

    /** One alert with every column and its {@code deliveries}, as a document for an answer; empty when there is no such alert. */
    public Optional<Map<String, Object>> show(long alertId) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT * FROM alerts WHERE alert_id = ?", alertId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
        out.put("deliveries", Db.query(c, """
                SELECT delivery_id, channel, target, status, attempts, last_error, created_at, delivered_at
                FROM deliveries WHERE alert_id = ? ORDER BY delivery_id""", alertId));
        return Optional.of(out);
    }

    private static AlertRow alert(Map<String, Object> r) {
        return new AlertRow(id(r, "alert_id"), (String) r.get("rule_id"), (String) r.get("subject"), optionalId(r, "customer_id"),
                (String) r.get("priority"), (String) r.get("title"), (String) r.get("recommendation"), (String) r.get("routed_to"),
                (String) r.get("routed_by"), (String) r.get("source_kind"), (String) r.get("source_id"), (LocalDateTime) r.get("created_at"),
                optionalId(r, "case_id"));
    }

    private static long id(Map<String, Object> r, String column) {
        return ((Number) r.get(column)).longValue();
    }

    private static Long optionalId(Map<String, Object> r, String column) {
        return r.get(column) == null ? null : ((Number) r.get(column)).longValue();
    }
}
