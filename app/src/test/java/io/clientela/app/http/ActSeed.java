package io.clientela.app.http;

import io.clientela.action.alert.Alerts;
import io.clientela.action.alert.Routing;
import io.clientela.action.cases.Cases;
import io.clientela.action.cases.Sla;
import io.clientela.app.App;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.Users;
import io.clientela.store.Db;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Alerts and cases written into a test workspace through the action module's own services (as a
 * rule firing would), routed to or owned by a given user name.
 */
public final class ActSeed {
    /** When seeded alerts and cases were opened: the demo data ends on 2026-11-01. */
    public static final LocalDateTime AT = LocalDateTime.of(2026, 10, 30, 9, 0);
    private final App app;

    public ActSeed(App app) {
        this.app = app;
    }

    /** An alert routed to {@code to} with a case owned by {@code to}, opened by feedback {@code feedbackId} of source system 'survey'; returns the case id. */
    public long caseFor(String to, long customerId, String priority, String title, String feedbackId, LocalDateTime at) {
        return caseFor(to, customerId, priority, title, "survey", feedbackId, at);
    }

    /** An alert routed to {@code to} with a case owned by {@code to}, opened by feedback {@code feedbackId} of {@code system}; returns the case id. */
    public long caseFor(String to, long customerId, String priority, String title, String system, String feedbackId, LocalDateTime at) {
        Alerts alerts = new Alerts(app.handle());
        String kind = feedbackId == null ? null : "feedback";
        String source = feedbackId == null ? null : system;
        var alert = alerts.create("detractor", null, Long.toString(customerId), customerId, priority, title, "Call within 24 h",
                new Routing.Routed(to, "account_owner"), kind, source, feedbackId, at, false);
        long id = new Cases(app.handle(), Sla.DEFAULT).open(new Cases.NewCase(customerId, Long.toString(customerId), title, priority,
                to, "detractor", alert.alertId(), kind, source, feedbackId), at);
        alerts.linkCase(alert.alertId(), id);
        return id;
    }

    public long caseFor(String to, long customerId) {
        return caseFor(to, customerId, "high", "Detractor follow-up for " + customerId, null, AT);
    }

    /** The alert of a case. */
    public long alertOf(long caseId) {
        return io.clientela.store.Db.queryLong(app.workspace().connection(), "SELECT alert_id FROM cases WHERE case_id = ?", caseId);
    }

    /** An alert routed to {@code to} whose e-mail delivery failed after its attempts; returns its id. */
    public long failedAlert(String to, long customerId, String error) {
        Alerts alerts = new Alerts(app.handle());
        var alert = alerts.create("a-class-detractor", null, Long.toString(customerId), customerId, "urgent", "A-class detractor " + customerId, null,
                new Routing.Routed(to, "fallback"), null, null, null, AT, true);
        alerts.addFailedDelivery(alert.alertId(), "email", to + "@example.com", error, AT);
        return alert.alertId();
    }

    /** Another user with the fixture's password. */
    public void user(String name, Role role) {
        new Users(app.handle(), Clock.systemUTC(), new PasswordHasher(1_000)).add(name, role, WebFixture.PASSWORD.toCharArray());
    }
}
