package io.clientela.ingest;

import io.clientela.store.Db;
import io.clientela.store.StoreException;
import io.clientela.store.profiles.ProfileRefresher;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a batch of collected items (JSON objects sent to the HTTP API) through the same machinery
 * as a JSON Lines file: staged as text, typed and checked by the same field rules in one SQL pass,
 * rejected items quarantined with origin, item, field, value and reason, the rest written with
 * set-based SQL and linked to customer profiles. Runs inside the caller's transaction, so a batch
 * is durable exactly when the caller commits.
 *
 * <p>Items that share an origin and item number form one unit (the lines of one order): when one
 * of them is rejected, all of them are.
 */
public final class BatchImporter {
    private final Rules rules;
    private final ProfileRefresher profiles;
    private final Clock clock;
    private final Map<String, List<String>> columnCache = new java.util.concurrent.ConcurrentHashMap<>();

    public BatchImporter(Rules rules, ProfileRefresher profiles, Clock clock) {
        this.rules = rules;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The Java check of {@code mapping}'s field rules for clean items, or null when the mapping is beyond it. */
    public QuickCheck quickCheck(Mapping mapping) {
        return QuickCheck.of(mapping, rules, clock);
    }

    /**
     * Links the customer records import {@code importId} created in the caller's transaction to
     * profiles (identity resolution), as {@link #write} does for the stubs it creates.
     */
    public void linkNewRecords(Connection tx, long importId) {
        profiles.refresh(tx, importId, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * Stores new customer records (maps of {@code customer_records} columns) already linked to
     * profiles, in the caller's transaction; false, with nothing written, when the refresher cannot
     * (then store them and call {@link #linkNewRecords}).
     */
    public boolean insertNewRecords(Connection tx, List<Map<String, Object>> records, long importId) {
        return profiles.insertResolved(tx, records, importId, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * Writes {@code items} with {@code mapping} (format jsonl) in the caller's transaction on {@code tx}.
     *
     * @param alreadyStored positions (from 0) of items whose id the caller knows the store holds
     * @param idsChecked    whether the caller checked every item's id against the store (then ids are
     *                      not looked up again, which keeps large stores fast)
     * @param wantStored    whether to return the stored rows (for a listener)
     */
    public BatchReport write(Connection tx, Mapping mapping, List<BatchItem> items, Set<Integer> alreadyStored, boolean idsChecked,
                             boolean wantStored) {
        long importId = Db.queryLong(tx, "SELECT nextval('import_seq')");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> columns = columns(mapping);
        // no finally: when a statement fails the transaction is aborted, and its rollback drops the work tables
        stage(tx, columns, items);
        new Validation(tx, mapping, rules, new SourceColumns("collector", columns, "_g"), now).run(importId, "collector");
        Map<Integer, BatchReport.Rejection> rejected = new HashMap<>();
        Set<Integer> duplicates = new java.util.HashSet<>(alreadyStored);
        notObjects(tx, importId, items, rejected);
        boolean quarantined = sortQuarantine(tx, importId, rejected, duplicates);
        rejectWholeUnits(tx, importId, items, rejected);
        if (!duplicates.isEmpty()) {
            Db.execute(tx, "INSERT INTO dups SELECT rowid, rowid, 'already stored' FROM stg WHERE _g IN (" + duplicates.stream()
                    .map(p -> String.valueOf(p + 1)).collect(Collectors.joining(", ")) + ")");
        }
        if (quarantined) {
            Db.update(tx, "UPDATE quarantine SET file = s._origin, row_no = s._item, raw = to_json({'line': s._line}) FROM stg s "
                    + "WHERE quarantine.import_id = ? AND quarantine.file = 'collector' AND quarantine.row_no = s._g", importId);
        }
        EntityWriter writer = new EntityWriter(tx, mapping, importId, idsChecked, columnCache);
        writer.writeCustomers();
        if (writer.stubsWritten() > 0) {
            profiles.refresh(tx, importId, now);
        }
        writer.writeRest();
        List<BatchReport.Outcome> outcomes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            outcomes.add(rejected.containsKey(i) ? BatchReport.Outcome.REJECTED
                    : duplicates.contains(i) ? BatchReport.Outcome.DUPLICATE : BatchReport.Outcome.STORED);
        }
        String table = mapping.entity().name().equals("order_lines") ? "orders" : Db.ident(mapping.entity().name());
        List<Map<String, Object>> stored = wantStored ? Db.query(tx, "SELECT * FROM " + table + " WHERE import_id = ?", importId) : List.of();
        Db.execute(tx, "DROP VIEW IF EXISTS acc; DROP TABLE IF EXISTS typed; DROP TABLE IF EXISTS dups; DROP TABLE IF EXISTS acc1; DROP TABLE IF EXISTS stg");
        return new BatchReport(importId, outcomes, rejected, stored);
    }

    /**
     * The source columns a collector mapping reads, in order: each field must be a plain column
     * (a JSON member), because the caller extracts the values.
     */
    public static List<String> columns(Mapping mapping) {
        List<String> out = new ArrayList<>();
        mapping.fields().forEach((field, spec) -> {
            if (!(spec instanceof FieldSpec.Column c) || c.column().startsWith("$")) {
                throw new IllegalArgumentException("mapping " + mapping.name() + ": field " + field + " must name a plain JSON member for the collector");
            }
            if (!out.contains(c.column())) {
                out.add(c.column());
            }
        });
        return out;
    }

    /**
     * {@code stg(_line, _g, _origin, _item, <columns>...)}: one row per JSON object, _g = position + 1
     * (rowids of a table made in a transaction are not positions). Items that are not objects are not staged.
     */
    private static void stage(Connection tx, List<String> columns, List<BatchItem> items) {
        Db.execute(tx, "DROP TABLE IF EXISTS stg; CREATE TEMP TABLE stg (_line VARCHAR, _g BIGINT, _origin VARCHAR, _item INTEGER"
                + columns.stream().map(c -> ", " + Db.ident(c) + " VARCHAR").collect(Collectors.joining()) + "); "
                // what a CSV parser could not split; always empty here, but validation reads it
                + "CREATE TEMP TABLE IF NOT EXISTS stg_rejects (line BIGINT, column_name VARCHAR, error_type VARCHAR, csv_line VARCHAR, "
                + "error_message VARCHAR)");
        try (DuckDBAppender a = tx.unwrap(DuckDBConnection.class).createAppender("temp", "main", "stg")) {
            long g = 0;
            for (BatchItem item : items) {
                g++;
                if (!item.object()) {
                    continue;
                }
                a.beginRow();
                a.append(item.json());
                a.append(g);
                a.append(item.origin());
                a.append(item.item());
                for (String v : item.values()) {
                    if (v == null) {
                        a.appendNull();
                    } else {
                        a.append(v);
                    }
                }
                a.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("staging a collected batch", e);
        }
    }

    /** Items that are not JSON objects, or broke a limit of the caller's, go to the quarantine as they are. */
    private static void notObjects(Connection tx, long importId, List<BatchItem> items, Map<Integer, BatchReport.Rejection> rejected) {
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            if (!item.object()) {
                BatchReport.Rejection why = item.broken() != null ? item.broken()
                        : new BatchReport.Rejection(null, item.json().length() > 200 ? item.json().substring(0, 200) : item.json(), "not a JSON object");
                Db.update(tx, "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, to_json({'line': ?}))", importId, item.origin(), item.item(),
                        why.field(), why.value(), why.reason(), item.json());
                rejected.put(i, why);
            }
        }
    }

    /**
     * Splits what validation quarantined: an id repeated within the batch is a retry, reported as a
     * duplicate and taken out of the quarantine; everything else is a rejection.
     */
    private static boolean sortQuarantine(Connection tx, long importId, Map<Integer, BatchReport.Rejection> rejected, Set<Integer> duplicates) {
        boolean any = false;
        boolean dups = false;
        for (Map<String, Object> q : Db.query(tx, "SELECT row_no, field, value, reason FROM quarantine WHERE import_id = ? AND file = 'collector'",
                importId)) {
            any = true;
            int position = ((Number) q.get("row_no")).intValue() - 1;
            String reason = (String) q.get("reason");
            if (reason.startsWith("duplicate ")) {
                duplicates.add(position);
                dups = true;
            } else {
                rejected.put(position, new BatchReport.Rejection((String) q.get("field"), (String) q.get("value"), reason));
            }
        }
        if (dups) {
            Db.update(tx, "DELETE FROM quarantine WHERE import_id = ? AND reason LIKE 'duplicate %'", importId);
        }
        return any;
    }

    /** The other rows of a unit with a rejected row are rejected and quarantined too, so no order is stored in part. */
    private static void rejectWholeUnits(Connection tx, long importId, List<BatchItem> items, Map<Integer, BatchReport.Rejection> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        Set<String> units = new java.util.HashSet<>();
        rejected.keySet().forEach(p -> units.add(items.get(p).origin() + "\u0000" + items.get(p).item()));
        String why = "another part of the same item was rejected";
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            if (!rejected.containsKey(i) && units.contains(item.origin() + "\u0000" + item.item())) {
                others.add(i);
                Db.update(tx, "INSERT INTO quarantine VALUES (?, ?, ?, NULL, NULL, ?, to_json({'line': ?}))", importId, item.origin(), item.item(),
                        why, item.json());
            }
        }
        if (!others.isEmpty()) {
            Db.execute(tx, "INSERT INTO dups SELECT rowid, rowid, 'unit rejected' FROM stg WHERE _g IN (" + others.stream()
                    .map(p -> String.valueOf(p + 1)).collect(Collectors.joining(", ")) + ")");
            others.forEach(p -> rejected.put(p, new BatchReport.Rejection(null, null, why)));
        }
    }
}
