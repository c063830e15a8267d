package io.clientela.store.profiles;

import io.clientela.core.identity.CustomerRecord;
import io.clientela.core.identity.Identities;
import io.clientela.core.identity.IdentityKey;
import io.clientela.store.Db;
import io.clientela.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Profile refresh for small batches (the HTTP collector): resolves only the records the batch
 * created, by looking their normalised identifiers up among the stored ones, instead of resolving
 * every record again as {@link Profiles} does after a file import. A new record joins the one
 * customer it shares an identifier with, or becomes a new customer. When a batch would join two
 * existing customers, the full resolution runs instead, so the outcome is always the same as
 * {@link Profiles} would give.
 */
public final class IncrementalProfiles implements ProfileRefresher {
    private final Profiles full;
    private final SurvivorshipPolicy policy;
    private final String defaultCountry;

    public IncrementalProfiles(SurvivorshipPolicy policy, String defaultCountry) {
        this.full = new Profiles(policy, defaultCountry);
        this.policy = policy;
        this.defaultCountry = defaultCountry;
    }

    @Override
    public void refresh(Connection c, long importId, LocalDateTime now) {
        List<CustomerRecord> fresh = new ArrayList<>();
        for (Map<String, Object> r : Db.query(c, "SELECT record_id, source, external_id, email, phone, country FROM customer_records "
                + "WHERE import_id = ? AND customer_id IS NULL ORDER BY record_id", importId)) {
            fresh.add(new CustomerRecord(((Number) r.get("record_id")).longValue(), (String) r.get("source"), (String) r.get("external_id"),
                    (String) r.get("email"), (String) r.get("phone"), r.get("country") == null ? defaultCountry : (String) r.get("country")));
        }
        if (fresh.isEmpty()) {
            return;
        }
        Map<Long, List<IdentityKey>> keys = new LinkedHashMap<>();
        Set<String> values = new HashSet<>();
        for (CustomerRecord r : fresh) {
            List<IdentityKey> own = Identities.keys(r);
            keys.put(r.recordId(), own);
            own.forEach(k -> values.add(k.value()));
        }
        Clusters clusters = new Clusters();
        fresh.forEach(r -> clusters.add(r.recordId(), null));
        Map<IdentityKey, Long> holder = new HashMap<>();
        for (Map<String, Object> h : Db.query(c, "SELECT i.record_id, i.type, i.value, r.customer_id FROM identities i JOIN customer_records r "
                + "ON r.record_id = i.record_id WHERE r.customer_id IS NOT NULL AND i.value IN (" + values.stream().map(Db::literal)
                .collect(Collectors.joining(", ")) + ") ORDER BY i.record_id")) {
            long record = ((Number) h.get("record_id")).longValue();
            clusters.add(record, ((Number) h.get("customer_id")).longValue());
            holder.putIfAbsent(new IdentityKey(IdentityKey.Type.valueOf((String) h.get("type")), (String) h.get("value")), record);
        }
        for (CustomerRecord r : fresh) {
            for (IdentityKey k : keys.get(r.recordId())) {
                Long other = holder.putIfAbsent(k, r.recordId());
                if (other != null) {
                    clusters.union(other, r.recordId(), k);
                }
            }
        }
        Map<Long, Long> customerOf = clusters.customers();
        if (customerOf == null) {
            full.refresh(c, importId, now);
            return;
        }
        try {
            write(c, fresh, keys, customerOf, clusters.links(), importId, now);
        } catch (SQLException e) {
            throw new StoreException("identity resolution of a collected batch", e);
        }
    }

    private void write(Connection c, List<CustomerRecord> fresh, Map<Long, List<IdentityKey>> keys, Map<Long, Long> customerOf,
                       List<Clusters.Link> links, long importId, LocalDateTime now) throws SQLException {
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "identities")) {
            for (CustomerRecord r : fresh) {
                for (IdentityKey k : keys.get(r.recordId())) {
                    a.beginRow();
                    a.append(r.recordId());
                    a.append(k.type().name());
                    a.append(k.value());
                    a.append(r.source());
                    a.endRow();
                }
            }
        }
        Db.execute(c, "CREATE OR REPLACE TEMP TABLE fresh_links (record_id BIGINT, customer_id BIGINT)");
        try (DuckDBAppender a = duck.createAppender("temp", "main", "fresh_links")) {
            for (CustomerRecord r : fresh) {
                a.beginRow();
                a.append(r.recordId());
                a.append(customerOf.get(r.recordId()).longValue());
                a.endRow();
            }
        }
        Db.execute(c, "UPDATE customer_records r SET customer_id = l.customer_id FROM fresh_links l WHERE r.record_id = l.record_id");
        Db.execute(c, "CREATE OR REPLACE TABLE affected AS SELECT DISTINCT customer_id FROM fresh_links");
        Db.execute(c, "DELETE FROM customers WHERE customer_id IN (SELECT customer_id FROM affected)");
        Db.execute(c, new SurvivorshipSql(policy).insertAffected());
        for (Clusters.Link l : links) {
            Db.update(c, "INSERT INTO merges SELECT nextval('merge_seq'), ra.record_id, rb.record_id, ?, ?, 'records ' || ra.source || ':' || "
                    + "ra.external_id || ' and ' || rb.source || ':' || rb.external_id || ' share the ' || ? || ?, ?, ?, NULL "
                    + "FROM customer_records ra, customer_records rb WHERE ra.record_id = ? AND rb.record_id = ?", l.key().type().name(),
                    l.key().value(), switch (l.key().type()) {
                        case EMAIL -> "e-mail ";
                        case PHONE -> "phone ";
                        case EXTERNAL_ID -> "id ";
                    }, l.key().value(), now, importId, l.a(), l.b());
        }
        Db.execute(c, "DROP TABLE affected");
        Db.execute(c, "DROP TABLE fresh_links");
    }
}
