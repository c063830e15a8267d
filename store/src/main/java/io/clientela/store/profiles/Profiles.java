package io.clientela.store.profiles;

import io.clientela.core.identity.CustomerRecord;
import io.clientela.core.identity.IdentityKey;
import io.clientela.core.identity.IdentityResolver;
import io.clientela.core.identity.Resolution;
import io.clientela.core.identity.SuppressedLink;
import io.clientela.store.Db;
import io.clientela.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Keeps customer profiles in step with the customer records: after an import (or an undone merge)
 * it resolves identities over all records, re-points what changed, rebuilds the golden profiles of
 * the customers concerned and records every new link with its reason.
 */
public final class Profiles implements ProfileRefresher {
    static final List<String> FACT_TABLES = List.of("orders", "events", "tickets", "feedback", "opportunities", "activities",
            "campaign_contacts");
    private final SurvivorshipPolicy policy;
    private final String defaultCountry;

    public Profiles(SurvivorshipPolicy policy, String defaultCountry) {
        this.policy = policy;
        this.defaultCountry = defaultCountry;
    }

    /** Brings profiles up to date after import {@code importId} (or 0 after an unmerge), inside the caller's transaction. */
    @Override
    public void refresh(Connection c, long importId, LocalDateTime now) {
        try {
            List<CustomerRecord> records = new ArrayList<>();
            List<Long> current = new ArrayList<>();
            Set<Long> touched = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id, source, external_id, email, phone, country, customer_id, "
                    + "import_id FROM customer_records ORDER BY record_id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    records.add(new CustomerRecord(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6) == null ? defaultCountry : rs.getString(6)));
                    long cid = rs.getLong(7);
                    current.add(rs.wasNull() ? null : cid);
                    if (rs.getLong(8) == importId) {
                        touched.add(id);
                    }
                }
            }
            Resolution resolution = IdentityResolver.resolve(records, suppressed(c));
            writeIdentities(c, records, touched, resolution);
            relink(c, records, current, touched, resolution);
            rebuild(c);
            recordMerges(c, resolution, importId, now);
            Db.execute(c, "DROP TABLE IF EXISTS relink");
            Db.execute(c, "DROP TABLE IF EXISTS affected");
        } catch (SQLException e) {
            throw new StoreException("identity resolution", e);
        }
    }

    private static Set<SuppressedLink> suppressed(Connection c) {
        Set<SuppressedLink> out = new HashSet<>();
        for (Map<String, Object> r : Db.query(c, "SELECT record_a, record_b, key_type, key_value FROM merges WHERE undone_at IS NOT NULL")) {
            out.add(new SuppressedLink(((Number) r.get("record_a")).longValue(), ((Number) r.get("record_b")).longValue(),
                    IdentityKey.Type.valueOf((String) r.get("key_type")), (String) r.get("key_value")));
        }
        return out;
    }

    private static void writeIdentities(Connection c, List<CustomerRecord> records, Set<Long> touched, Resolution resolution)
            throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        Db.execute(c, "CREATE OR REPLACE TABLE touched_records (record_id BIGINT)");
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "touched_records")) {
            for (Long id : touched) {
                a.beginRow();
                a.append(id);
                a.endRow();
            }
        }
        Db.execute(c, "DELETE FROM identities WHERE record_id IN (SELECT record_id FROM touched_records)");
        Db.execute(c, "DROP TABLE touched_records");
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "identities")) {
            for (CustomerRecord r : records) {
                if (!touched.contains(r.recordId())) {
                    continue;
                }
                for (IdentityKey k : resolution.keysOf(r.recordId())) {
                    a.beginRow();
                    a.append(r.recordId());
                    a.append(k.type().name());
                    a.append(k.value());
                    a.append(r.source());
                    a.endRow();
                }
            }
        }
    }

    private static void relink(Connection c, List<CustomerRecord> records, List<Long> current, Set<Long> touched, Resolution resolution)
            throws SQLException {
        Db.execute(c, "CREATE OR REPLACE TABLE relink (record_id BIGINT, customer_id BIGINT, old_customer_id BIGINT)");
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "relink")) {
            for (int i = 0; i < records.size(); i++) {
                long id = records.get(i).recordId();
                long now = resolution.customerOf(id);
                Long before = current.get(i);
                if (before == null || before != now || touched.contains(id)) {
                    a.beginRow();
                    a.append(id);
                    a.append(now);
                    if (before == null) {
                        a.appendNull();
                    } else {
                        a.append(before.longValue());
                    }
                    a.endRow();
                }
            }
        }
        Db.execute(c, "UPDATE customer_records r SET customer_id = l.customer_id FROM relink l WHERE r.record_id = l.record_id "
                + "AND r.customer_id IS DISTINCT FROM l.customer_id");
    }

    private void rebuild(Connection c) {
        Db.execute(c, "CREATE OR REPLACE TABLE affected AS SELECT DISTINCT customer_id FROM (SELECT customer_id FROM relink "
                + "UNION ALL SELECT old_customer_id FROM relink WHERE old_customer_id IS NOT NULL)");
        Db.execute(c, "DELETE FROM customers WHERE customer_id IN (SELECT customer_id FROM affected)");
        Db.execute(c, new SurvivorshipSql(policy).insertAffected());
        for (String table : FACT_TABLES) {
            Db.update(c, "UPDATE " + table + " t SET customer_id = r.customer_id FROM customer_records r WHERE t.source = r.source "
                    + "AND t.customer_key = r.external_id AND r.record_id IN (SELECT record_id FROM relink WHERE old_customer_id "
                    + "IS DISTINCT FROM customer_id) AND t.customer_id IS DISTINCT FROM r.customer_id");
        }
    }

    private static void recordMerges(Connection c, Resolution resolution, long importId, LocalDateTime now) throws SQLException {
        Db.execute(c, "CREATE OR REPLACE TABLE new_links (record_a BIGINT, record_b BIGINT, key_type VARCHAR, key_value VARCHAR)");
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "new_links")) {
            for (Resolution.Link link : resolution.links()) {
                a.beginRow();
                a.append(link.recordA());
                a.append(link.recordB());
                a.append(link.type().name());
                a.append(link.value());
                a.endRow();
            }
        }
        Db.update(c, "INSERT INTO merges SELECT nextval('merge_seq'), n.record_a, n.record_b, n.key_type, n.key_value, "
                + "'records ' || ra.source || ':' || ra.external_id || ' and ' || rb.source || ':' || rb.external_id || ' share the ' || "
                + "CASE n.key_type WHEN 'EMAIL' THEN 'e-mail ' WHEN 'PHONE' THEN 'phone ' ELSE 'id ' END || n.key_value, ?, ?, NULL "
                + "FROM new_links n JOIN customer_records ra ON ra.record_id = n.record_a JOIN customer_records rb ON rb.record_id = n.record_b "
                + "WHERE NOT EXISTS (SELECT 1 FROM merges m WHERE m.undone_at IS NULL AND m.record_a = n.record_a AND m.record_b = n.record_b)", now, importId == 0 ? null : importId);
        Db.execute(c, "DROP TABLE new_links");
    }
}
