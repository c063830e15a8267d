package io.clientela.ingest.collect;

import io.clientela.ingest.BatchImporter;
import io.clientela.ingest.BatchReport;
import io.clientela.ingest.QuickCheck;
import io.clientela.store.Db;
import io.clientela.store.StoreException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The writer's fast path for the common case, events or feedback that are all clean: every item
 * passed the {@link QuickCheck} on its sender's thread and no id repeats within the part. Such a part is appended to its table as it is,
 * with the import id, customer key and profile the SQL path would give it, and no statement to
 * plan. Customers named for the first time get stub records and identity resolution as in the SQL path.
 * Anything else (an item not certainly clean, an id repeated within the part, an order) returns
 * null and goes through the full SQL path, which alone decides rejections and their messages.
 */
final class FastWrite {
    private final Map<Kind, List<Column>> columns = new EnumMap<>(Kind.class);
    private final Map<Kind, QuickCheck> checks;
    private final CustomerIds customers;
    private final AnonymousLinks anonymous;
    private final BatchImporter importer;
    private List<Column> recordColumns;
    private final SequenceBlock importIds = new SequenceBlock("import_seq");
    private final SequenceBlock recordIds = new SequenceBlock("record_seq");

    FastWrite(Map<Kind, QuickCheck> checks, CustomerIds customers, AnonymousLinks anonymous, BatchImporter importer) {
        this.importer = importer;
        this.checks = checks;
        this.customers = customers;
        this.anonymous = anonymous;
    }

    private static final int SOURCE = -1;
    private static final int IMPORT = -2;
    private static final int KEY = -3;
    private static final int PROFILE = -4;
    private static final int NONE = -5;

    /** Tops up the import ids kept in reserve; call outside the group's transaction. */
    void reserveImportIds(Connection autocommit) {
        importIds.reserve(autocommit);
        recordIds.reserve(autocommit);
    }

    /** A column of the target table and its SQL type. */
    private record Column(String name, String type) {
    }

    /**
     * Writes one part (rows of one kind and source) in the caller's transaction, or returns null
     * when it is not for the fast path (nothing was written then).
     *
     * @param typed         per row, its QuickCheck values, or null when not certainly clean
     * @param alreadyStored positions of rows whose id the store holds: counted as duplicates, not written
     * @param seen          filled with the written events that carry an anonymous id
     */
    BatchReport write(Connection tx, Kind kind, String source, List<Row> rows, List<Object[]> typed, Set<Integer> alreadyStored, boolean wantStored,
                      List<AnonymousLinks.Seen> seen) {
        QuickCheck check = checks.get(kind);
        if (check == null || kind == Kind.ORDERS) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (typed.get(i) == null || rows.get(i).id() == null || !ids.add(rows.get(i).id())) {
                return null;
            }
        }
        List<String> fields = check.fields();
        int idField = fields.indexOf("customer_id");
        int emailField = fields.indexOf("customer_email");
        int anonymousField = fields.indexOf("anonymous_id");
        String[] keys = new String[rows.size()];
        Map<String, String> emails = new HashMap<>();
        Long[] linked = new Long[rows.size()];
        Set<String> wanted = new java.util.LinkedHashSet<>(); // in order of first mention, as the SQL path numbers new records
        for (int i = 0; i < rows.size(); i++) {
            Object[] v = typed.get(i);
            String id = idField < 0 ? null : (String) v[idField];
            String email = emailField < 0 ? null : (String) v[emailField];
            if (email != null && !QuickCheck.ascii(email)) {
                return null; // SQL's lower() decides non-ASCII e-mails
            }
            if (id != null || email != null) {
                keys[i] = id != null ? id : "email:" + email.toLowerCase(java.util.Locale.ROOT);
                if (email != null) {
                    emails.put(keys[i], email.toLowerCase(java.util.Locale.ROOT)); // a stub keeps the last e-mail given with its key
                }
            } else if (anonymousField >= 0) {
                AnonymousLinks.Link l = anonymous.of(source, (String) v[anonymousField]);
                if (l != null) {
                    if (l.customerId() == null) {
                        return null;
                    }
                    keys[i] = l.key();
                    linked[i] = l.customerId();
                }
            }
            if (keys[i] != null && linked[i] == null && !alreadyStored.contains(i)) {
                wanted.add(keys[i]);
            }
        }
        Map<String, Long> profiles = customers.resolve(tx, source, wanted);
        if (profiles.containsValue(null)) {
            return null; // a record not linked to a profile: the SQL path knows what to do
        }
        long importId = importIds.next(tx);
        List<String> fresh = wanted.stream().filter(k -> !profiles.containsKey(k)).toList();
        if (!fresh.isEmpty()) {
            // customers named for the first time: stub records, as the SQL path writes them, then identity resolution
            newCustomers(tx, source, fresh, emails, importId);
            Map<String, Long> linkedNow = customers.resolve(tx, source, fresh);
            if (linkedNow.size() < fresh.size() || linkedNow.containsValue(null)) {
                throw new IllegalStateException("collector: new customer records were not linked to profiles");
            }
            profiles.putAll(linkedNow);
        }
        List<Column> table = columns.computeIfAbsent(kind, k -> columnsOf(tx, k.table()));
        // where each table column's value comes from: a field's position, or one of the columns the writer fills
        int[] from = new int[table.size()];
        for (int c = 0; c < from.length; c++) {
            from[c] = switch (table.get(c).name()) {
                case "source" -> SOURCE;
                case "import_id" -> IMPORT;
                case "customer_key" -> KEY;
                case "customer_id" -> PROFILE;
                default -> fields.indexOf(table.get(c).name()) >= 0 ? fields.indexOf(table.get(c).name()) : NONE;
            };
        }
        List<BatchReport.Outcome> outcomes = new ArrayList<>(rows.size());
        List<Map<String, Object>> stored = new ArrayList<>();
        try (DuckDBAppender a = tx.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, kind.table())) {
            for (int i = 0; i < rows.size(); i++) {
                if (alreadyStored.contains(i)) {
                    outcomes.add(BatchReport.Outcome.DUPLICATE);
                    continue;
                }
                outcomes.add(BatchReport.Outcome.STORED);
                Object[] v = typed.get(i);
                Long profile = keys[i] == null ? null : linked[i] != null ? linked[i] : profiles.get(keys[i]);
                Map<String, Object> row = wantStored ? new LinkedHashMap<>() : null;
                a.beginRow();
                for (int c = 0; c < from.length; c++) {
                    Object value = switch (from[c]) {
                        case SOURCE -> source;
                        case IMPORT -> importId;
                        case KEY -> keys[i];
                        case PROFILE -> profile;
                        case NONE -> null;
                        default -> v[from[c]];
                    };
                    append(a, table.get(c), value);
                    if (row != null) {
                        row.put(table.get(c).name(), value instanceof Long l && table.get(c).type().equals("INTEGER") ? Integer.valueOf(l.intValue()) : value);
                    }
                }
                a.endRow();
                if (row != null) {
                    stored.add(row);
                }
                if (anonymousField >= 0 && v[anonymousField] != null) {
                    seen.add(new AnonymousLinks.Seen((String) v[anonymousField], keys[i], profile, importId));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("appending collected " + kind.table(), e);
        }
        return new BatchReport(importId, outcomes, Collections.emptyMap(), stored);
    }

    /**
     * Stub customer records for keys the source has no record of (the key, and the e-mail an item
     * gave with it), resolved to profiles: stored already linked when identity resolution can say
     * so up front, else stored and then resolved as the SQL path does.
     */
    private void newCustomers(Connection tx, String source, List<String> keys, Map<String, String> emails, long importId) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> r = new HashMap<>();
            r.put("record_id", recordIds.next(tx));
            r.put("source", source);
            r.put("external_id", key);
            r.put("email", emails.getOrDefault(key, key.startsWith("email:") ? key.substring(6) : null));
            r.put("import_id", importId);
            records.add(r);
        }
        if (importer.insertNewRecords(tx, records, importId)) {
            return;
        }
        if (recordColumns == null) {
            recordColumns = columnsOf(tx, "customer_records");
        }
        try (DuckDBAppender a = tx.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "customer_records")) {
            for (Map<String, Object> r : records) {
                a.beginRow();
                for (Column c : recordColumns) {
                    append(a, c, r.get(c.name()));
                }
                a.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("appending customer records", e);
        }
        importer.linkNewRecords(tx, importId);
    }

    private static List<Column> columnsOf(Connection tx, String table) {
        return Db.columns(tx, table).entrySet().stream().map(e -> new Column(e.getKey(), e.getValue())).toList();
    }

    private static void append(DuckDBAppender a, Column c, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else if (v instanceof String s) {
            a.append(s);
        } else if (v instanceof Long l) {
            switch (c.type()) {
                case "INTEGER" -> a.append(Math.toIntExact(l));
                case "BIGINT" -> a.append(l.longValue());
                default -> throw new IllegalStateException("collector: cannot append a number to " + c.name() + " " + c.type());
            }
        } else if (v instanceof BigDecimal d) {
            a.append(d);
        } else if (v instanceof LocalDateTime t) {
            a.append(t);
        } else if (v instanceof LocalDate d) {
            a.append(d);
        } else {
            throw new IllegalStateException("collector: cannot append " + v.getClass().getSimpleName() + " to " + c.name());
        }
    }
}
