package io.clientela.action.alert;

import io.clientela.core.NotFoundException;
import io.clientela.store.Handle;
import io.clientela.store.alerts.AlertRows;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Alerts and the deliveries of each. An alert is new without deliveries, delivering while any is
 * pending, failed when any failed (after its last attempt, or before any: no address, channel not
 * configured) and delivered when all went out.
 */
public final class Alerts {
    private final AlertRows rows;

    public Alerts(Handle handle) {
        this.rows = new AlertRows(handle);
    }

    /**
     * Stores a new alert (status new, or delivering when deliveries will follow) and returns it; the item that raised it is
     * {@code sourceKind} {@code sourceId} of source system {@code sourceSystem} (ids are unique only within their system).
     */
    public Alert create(String ruleId, Long firingId, String subject, Long customerId, String priority, String title, String recommendation,
                        Routing.Routed routed, String sourceKind, String sourceSystem, String sourceId, LocalDateTime at, boolean deliveriesFollow) {
        long id = rows.insert(new AlertRows.NewAlert(firingId, ruleId, subject, customerId, priority, title, recommendation, routed.to(), routed.by(),
                sourceKind, sourceSystem, sourceId, at, deliveriesFollow ? "delivering" : "new"));
        return new Alert(id, ruleId, subject, customerId, priority, title, recommendation, routed.to(), routed.by(), sourceKind, sourceId, at, null);
    }

    public void linkCase(long alertId, long caseId) {
        rows.linkCase(alertId, caseId);
    }

    /** Adds a pending delivery of the alert on a channel and returns its id. */
    public long addDelivery(long alertId, String channel, String target, LocalDateTime at) {
        long id = rows.insertPendingDelivery(alertId, channel, target, at);
        rows.setStatusIfNew(alertId, "delivering");
        return id;
    }

    /** Adds a delivery that failed before any attempt (no address, channel not configured): visible, not silent. */
    public void addFailedDelivery(long alertId, String channel, String target, String reason, LocalDateTime at) {
        rows.insertFailedDelivery(alertId, channel, target, reason, at);
        rows.setStatus(alertId, "failed");
    }

    /** Records an attempt ({@code error} null when it went out) and updates the alert's status. */
    void attempted(long alertId, long deliveryId, int attempts, String error, boolean finalAttempt, LocalDateTime at) {
        if (error == null) {
            rows.delivered(deliveryId, attempts, at);
        } else {
            rows.attemptFailed(deliveryId, attempts, error, finalAttempt);
        }
        List<String> states = rows.deliveryStatuses(alertId);
        String status = states.isEmpty() ? "new" : states.contains("failed") ? "failed" : states.contains("pending") ? "delivering" : "delivered";
        rows.setStatus(alertId, status);
    }

    /** A delivery left pending (a process stopped before its last attempt), with its alert. */
    record Pending(long deliveryId, String channel, String target, int attempts, Alert alert) {
    }

    /** Deliveries still pending, oldest first. */
    List<Pending> pending() {
        return rows.pending().stream().map(p -> new Pending(p.deliveryId(), p.channel(), p.target(), p.attempts(), alert(p.alert()))).toList();
    }

    private static Alert alert(AlertRows.AlertRow r) {
        return new Alert(r.alertId(), r.ruleId(), r.subject(), r.customerId(), r.priority(), r.title(), r.recommendation(), r.routedTo(),
                r.routedBy(), r.sourceKind(), r.sourceId(), r.createdAt(), r.caseId());
    }

    /** Alerts, newest first, optionally only those with one status. */
    public List<Map<String, Object>> list(String status, int limit) {
        return rows.list(status, limit);
    }

    /** One alert with all its deliveries (channel, target, status, attempts, last error). */
    public Map<String, Object> show(long alertId) {
        return rows.show(alertId).orElseThrow(() -> new NotFoundException("no alert " + alertId + "; 'clientela alerts' lists them"));
    }
}
