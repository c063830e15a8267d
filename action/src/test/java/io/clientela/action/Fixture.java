package io.clientela.action;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A fresh workspace with a few customers and helpers to add facts, for one test. */
public final class Fixture implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public final Workspace workspace;

    public Fixture(Path dir) {
        this.workspace = Workspace.open(dir.resolve("ws"), "test");
    }

    public Connection c() {
        return workspace.connection();
    }

    /** A handle on the workspace's connection, as the command line builds the action classes on. */
    public Handle handle() {
        return Handle.on(workspace.connection());
    }

    public static LocalDateTime daysAgo(double days) {
        return LocalDateTime.ofInstant(NOW.minusSeconds(Math.round(days * 86400)), ZoneOffset.UTC);
    }

    public Fixture customer(long id, String name, String region, String owner) {
        Db.update(c(), "INSERT INTO customers (customer_id, name, email, region, country, account_owner, attributes, records) "
                + "VALUES (?, ?, ?, ?, 'GB', ?, '{\"tier\": \"gold\"}', 1)", id, name, name.toLowerCase().replace(' ', '.') + "@example.com", region, owner);
        return this;
    }

    public Fixture ticket(long customerId, String id, double daysAgo) {
        Db.update(c(), "INSERT INTO tickets (source, ticket_id, customer_key, customer_id, opened_at, category) VALUES ('crm', ?, ?, ?, ?, 'delivery')", id,
                String.valueOf(customerId), customerId, daysAgo(daysAgo));
        return this;
    }

    public Fixture order(long customerId, String id, double daysAgo, double amount, String status) {
        Db.update(c(), "INSERT INTO orders (source, order_id, customer_key, customer_id, ordered_at, status, total_amount) VALUES ('shop', ?, ?, ?, ?, ?, ?)",
                id, String.valueOf(customerId), customerId, daysAgo(daysAgo), status, amount);
        return this;
    }

    public Fixture feedback(long customerId, String id, double daysAgo, int nps) {
        Db.update(c(), "INSERT INTO feedback (source, feedback_id, customer_key, customer_id, responded_at, survey, nps) VALUES ('survey', ?, ?, ?, ?, 'nps', ?)",
                id, String.valueOf(customerId), customerId, daysAgo(daysAgo), nps);
        return this;
    }

    /**
     * A stored value run with these per-customer results, as {@code analyze value} writes them; the
     * {@code latest_values} view then shows them on the profiles. Each row is
     * (customer_id, rfm_segment, abc_class, quadrant, p_alive, clv, revenue, orders, recency_days).
     */
    public Fixture latestValues(String rows) {
        long run = Db.queryLong(c(), "SELECT nextval('run_seq')");
        Db.update(c(), "INSERT INTO analysis_runs VALUES (?, ['rfm', 'abc', 'quadrant', 'clv'], current_date, '{}', NULL, NULL, 'test', "
                + "now()::TIMESTAMP, now()::TIMESTAMP, 0, '{}')", run);
        Db.execute(c(), "INSERT INTO customer_values (run_id, customer_id, rfm_segment, abc_class, quadrant, p_alive, clv, revenue, orders, recency_days) "
                + "SELECT " + run + ", * FROM (VALUES " + rows + ")");
        return this;
    }

    public long count(String sql, Object... params) {
        return Db.queryLong(c(), sql, params);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
