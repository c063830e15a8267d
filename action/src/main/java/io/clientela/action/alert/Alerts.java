package io.clientela.action.alert;

import io.clientela.core.NotFoundException;
import io.clientela.store.Db;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The alerts table and the deliveries of each alert. */
public final class Alerts {
    private final Connection c;

    public Alerts(Connection connection) {
        this.c = connection;
    }

    /** Stores a new alert (status new, or delivering when deliveries will follow) and returns it. */
    public Alert create(String ruleId, Long firingId, String subject, Long customerId, String priority, String title, String recommendation,
                        Routing.Routed routed, String sourceKind, String sourceId, LocalDateTime at, boolean deliveriesFollow) {
        long id = ((Number) Db.queryValue(c, "INSERT INTO alerts VALUES (nextval('alert_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?) RETURNING alert_id",
                firingId, ruleId, subject, customerId, priority, title, recommendation, routed.to(), routed.by(), sourceKind, sourceId, at,
                deliveriesFollow ? "delivering" : "new")).longValue();
        return new Alert(id, ruleId, subject, customerId, priority, title, recommendation, routed.to(), routed.by(), sourceKind, sourceId, at, null);
    }

    public void linkCase(long alertId, long caseId) {
        Db.update(c, "UPDATE alerts SET case_id = ? WHERE alert_id = ?", caseId, alertId);
    }

    /** Adds a pending delivery of the alert on a channel and returns its id. */
    public long addDelivery(long alertId, String channel, String target, LocalDateTime at) {
        long id = ((Number) Db.queryValue(c, "INSERT INTO deliveries VALUES (nextval('delivery_seq'), ?, ?, ?, 'pending', 0, NULL, ?, NULL) "
                + "RETURNING delivery_id", alertId, channel, target, at)).longValue();
        Db.update(c, "UPDATE alerts SET status = 'delivering' WHERE alert_id = ? AND status = 'new'", alertId);
        return id;
    }

    /** Adds a delivery that failed before any attempt (no address, channel not configured): visible, not silent. */
    public void addFailedDelivery(long alertId, String channel, String target, String reason, LocalDateTime at) {
        Db.update(c, "INSERT INTO deliveries VALUES (nextval('delivery_seq'), ?, ?, ?, 'failed', 0, ?, ?, NULL)", alertId, channel, target, reason, at);
        Db.update(c, "UPDATE alerts SET status = 'failed' WHERE alert_id = ?", alertId);
    }

    void attempted(long alertId, long deliveryId, int attempts, String error, boolean finalAttempt, LocalDateTime at) {
        if (error == null) {
            Db.update(c, "UPDATE deliveries SET status = 'delivered', attempts = ?, delivered_at = ? WHERE delivery_id = ?", attempts, at, deliveryId);
        } else {
            Db.update(c, "UPDATE deliveries SET status = ?, attempts = ?, last_error = ? WHERE delivery_id = ?", finalAttempt ? "failed" : "pending",
                    attempts, error, deliveryId);
        }
        refreshStatus(alertId);
    }

    /** failed when any delivery failed, delivering while any is pending, delivered when all went out, new when it has none. */
    void refreshStatus(long alertId) {
        List<Object> states = Db.query(c, "SELECT status FROM deliveries WHERE alert_id = ?", alertId).stream().map(r -> r.get("status")).toList();
        String status = states.isEmpty() ? "new" : states.contains("failed") ? "failed" : states.contains("pending") ? "delivering" : "delivered";
        Db.update(c, "UPDATE alerts SET status = ? WHERE alert_id = ? AND status <> ?", status, alertId, status);
    }

    /** Deliveries still pending (a process stopped before their last attempt), with their alerts. */
    List<Map<String, Object>> pending() {
        return Db.query(c, "SELECT d.delivery_id, d.channel, d.target, d.attempts, a.* FROM deliveries d JOIN alerts a ON a.alert_id = d.alert_id "
                + "WHERE d.status = 'pending' ORDER BY d.delivery_id");
    }

    static Alert alert(Map<String, Object> r) {
        return new Alert(((Number) r.get("alert_id")).longValue(), (String) r.get("rule_id"), (String) r.get("subject"),
                r.get("customer_id") == null ? null : ((Number) r.get("customer_id")).longValue(), (String) r.get("priority"), (String) r.get("title"),
                (String) r.get("recommendation"), (String) r.get("routed_to"), (String) r.get("routed_by"), (String) r.get("source_kind"),
                (String) r.get("source_id"), (LocalDateTime) r.get("created_at"), r.get("case_id") == null ? null : ((Number) r.get("case_id")).longValue());
    }

    /** Alerts, newest first, optionally only those with one status. */
    public List<Map<String, Object>> list(String status, int limit) {
        return Db.query(c, "SELECT alert_id, created_at, priority, rule_id, customer_id, routed_to, status, case_id, title FROM alerts"
                + (status == null ? " WHERE ? IS NULL" : " WHERE status = ?") + " ORDER BY alert_id DESC LIMIT ?", status, limit);
    }

    /** One alert with all its deliveries (channel, target, status, attempts, last error). */
    public Map<String, Object> show(long alertId) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT * FROM alerts WHERE alert_id = ?", alertId);
        if (rows.isEmpty()) {
            throw new NotFoundException("no alert " + alertId + "; 'clientela alerts' lists them");
        }
        Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
        out.put("deliveries", Db.query(c, "SELECT delivery_id, channel, target, status, attempts, last_error, created_at, delivered_at "
                + "FROM deliveries WHERE alert_id = ? ORDER BY delivery_id", alertId));
        return out;
    }
}
