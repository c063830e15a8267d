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
    private List<String> customerColumns;
    private List<String> recordColumns;

    public IncrementalProfiles(SurvivorshipPolicy policy, String defaultCountry) {
        this.full = new Profiles(policy, defaultCountry);
        this.policy = policy;
        this.defaultCountry = defaultCountry;
    }

    @Override
    public void refresh(Connection c, long importId, LocalDateTime now) {
        List<CustomerRecord> fresh = new ArrayList<>();
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        for (Map<String, Object> r : Db.query(c, "SELECT * FROM customer_records WHERE import_id = ? AND customer_id IS NULL ORDER BY record_id",
                importId)) {
            rows.put(((Number) r.get("record_id")).longValue(), r);
            fresh.add(new CustomerRecord(((Number) r.get("record_id")).longValue(), (String) r.get("source"), (String) r.get("external_id"),
                    (String) r.get("email"), (String) r.get("phone"), r.get("country") == null ? defaultCountry : (String) r.get("country")));
        }
        if (fresh.isEmpty()) {
            return;
        }
        Resolution r = resolve(c, fresh);
        if (r.customerOf() == null) {
            full.refresh(c, importId, now);
            return;
        }
        try {
            write(c, fresh, rows, r, importId, now, false);
        } catch (SQLException e) {
            throw new StoreException("identity resolution of a collected batch", e);
        }
    }

    /**
     * Resolves and writes customer records not stored yet (the collector's stubs for customers it
     * meets for the first time), each a map of {@code customer_records} columns: the records go in
     * already linked, so no record is written twice. Returns false, writing nothing, when they would
     * join two existing customers; the caller then stores them and calls {@link #refresh}.
     */
    @Override
    public boolean insertResolved(Connection c, List<Map<String, Object>> records, long importId, LocalDateTime now) {
        List<CustomerRecord> fresh = new ArrayList<>();
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        if (recordColumns == null) {
            try {
                recordColumns = columns(c.unwrap(DuckDBConnection.class), "customer_records");
            } catch (SQLException e) {
                throw new StoreException("identity resolution of collected customers", e);
            }
        }
        for (Map<String, Object> given : records) {
            Map<String, Object> r = new HashMap<>();
            recordColumns.forEach(col -> r.put(col, given.get(col))); // every column, absent ones null
            long id = ((Number) r.get("record_id")).longValue();
            rows.put(id, r);
            fresh.add(new CustomerRecord(id, (String) r.get("source"), (String) r.get("external_id"), (String) r.get("email"), (String) r.get("phone"),
                    r.get("country") == null ? defaultCountry : (String) r.get("country")));
        }
        Resolution r = resolve(c, fresh);
        if (r.customerOf() == null) {
            return false;
        }
        try {
            write(c, fresh, rows, r, importId, now, true);
        } catch (SQLException e) {
            throw new StoreException("identity resolution of collected customers", e);
        }
        return true;
    }

    /** The identity keys of fresh records, and which customer each joins (null when two existing customers would merge). */
    private record Resolution(Map<Long, List<IdentityKey>> keys, Map<Long, Long> customerOf, List<Clusters.Link> links) {
    }

    private Resolution resolve(Connection c, List<CustomerRecord> fresh) {
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
        // the identities first (an index look-up, and usually nothing: a new customer), their records' customers only if any
        // literals only for plain text, else bound (a collected e-mail or phone may hold any character)
        List<Object> params = new ArrayList<>();
        String in = Db.inList(values, params);
        Object[] bound = params.toArray();
        List<Map<String, Object>> found = Db.query(c, "SELECT record_id, type, value FROM identities WHERE value IN (" + in + ")", bound);
        List<Map<String, Object>> held = found.isEmpty() ? List.of() : Db.query(c, "SELECT i.record_id, i.type, i.value, r.customer_id FROM identities i "
                + "JOIN customer_records r ON r.record_id = i.record_id WHERE r.customer_id IS NOT NULL AND i.value IN (" + in + ") ORDER BY i.record_id",
                bound);
        for (Map<String, Object> h : held) {
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
        return new Resolution(keys, clusters.customers(), clusters.links());
    }

    private void write(Connection c, List<CustomerRecord> fresh, Map<Long, Map<String, Object>> rows, Resolution resolution, long importId,
                       LocalDateTime now, boolean appendRecords) throws SQLException {
        Map<Long, List<IdentityKey>> keys = resolution.keys();
        Map<Long, Long> customerOf = resolution.customerOf();
        List<Clusters.Link> links = resolution.links();
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        if (appendRecords) {
            appendRecords(duck, fresh, rows, customerOf);
        }
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
        // few statements, with the ids written out: a collected batch names a handful of new records, and
        // planning a statement costs more than running it on them
        Map<Long, List<Long>> byCustomer = new java.util.TreeMap<>();
        for (CustomerRecord r : fresh) {
            byCustomer.computeIfAbsent(customerOf.get(r.recordId()), k -> new ArrayList<>()).add(r.recordId());
        }
        String records = fresh.stream().map(r -> String.valueOf(r.recordId())).collect(Collectors.joining(", "));
        if (!appendRecords) {
            boolean allOwn = fresh.stream().allMatch(r -> customerOf.get(r.recordId()) == r.recordId());
            Db.execute(c, "UPDATE customer_records SET customer_id = " + (allOwn ? "record_id" : "CASE record_id " + fresh.stream()
                    .map(r -> "WHEN " + r.recordId() + " THEN " + customerOf.get(r.recordId())).collect(Collectors.joining(" ")) + " END")
                    + " WHERE record_id IN (" + records + ")");
        }
        // a new customer's id is its smallest record's: only one that joined an existing customer has a row to replace
        Set<Long> existing = new HashSet<>();
        List<Long> merged = new ArrayList<>();
        List<Long> single = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> e : byCustomer.entrySet()) {
            if (!e.getValue().contains(e.getKey())) {
                existing.add(e.getKey());
            }
            (e.getValue().size() == 1 && e.getValue().get(0).equals(e.getKey()) ? single : merged).add(e.getKey());
        }
        if (!existing.isEmpty()) {
            Db.execute(c, "DELETE FROM customers WHERE customer_id IN (" + existing.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        if (!merged.isEmpty()) {
            Db.execute(c, new SurvivorshipSql(policy).insertAffected().replace("(SELECT customer_id FROM affected)",
                    "(" + merged.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
        }
        if (!single.isEmpty()) {
            // a customer of one record takes each of its values as they are: what the survivorship rules give for one record
            appendSingles(duck, single, rows);
        }
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
    }

    private void appendRecords(DuckDBConnection duck, List<CustomerRecord> fresh, Map<Long, Map<String, Object>> rows, Map<Long, Long> customerOf)
            throws SQLException {
        if (recordColumns == null) {
            recordColumns = columns(duck, "customer_records");
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "customer_records")) {
            for (CustomerRecord r : fresh) {
                Map<String, Object> row = rows.get(r.recordId());
                a.beginRow();
                for (String col : recordColumns) {
                    append(a, col.equals("customer_id") ? customerOf.get(r.recordId()) : row.get(col));
                }
                a.endRow();
            }
        }
    }

    private static List<String> columns(DuckDBConnection duck, String table) {
        return List.copyOf(Db.columns(duck, table).keySet());
    }

    private void appendSingles(DuckDBConnection duck, List<Long> customers, Map<Long, Map<String, Object>> rows) throws SQLException {
        if (customerColumns == null) {
            customerColumns = columns(duck, "customers");
        }
        try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "customers")) {
            for (long id : customers) {
                Map<String, Object> record = rows.get(id);
                a.beginRow();
                for (String col : customerColumns) {
                    Object v = switch (col) {
                        case "customer_id" -> id;
                        case "records" -> 1;
                        default -> {
                            if (!record.containsKey(col)) {
                                throw new IllegalStateException("customers." + col + " is not a column of customer_records");
                            }
                            yield record.get(col);
                        }
                    };
                    append(a, v);
                }
                a.endRow();
            }
        }
    }

    private static void append(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else if (v instanceof String x) {
            a.append(x);
        } else if (v instanceof Long x) {
            a.append(x.longValue());
        } else if (v instanceof Integer x) {
            a.append(x.intValue());
        } else if (v instanceof Double x) {
            a.append(x.doubleValue());
        } else if (v instanceof Boolean x) {
            a.append(x.booleanValue());
        } else if (v instanceof java.math.BigDecimal x) {
            a.append(x);
        } else if (v instanceof LocalDateTime x) {
            a.append(x);
        } else if (v instanceof java.time.LocalDate x) {
            a.append(x);
        } else {
            a.append(v.toString()); // JSON
        }
    }
}
