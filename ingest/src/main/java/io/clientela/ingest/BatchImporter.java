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

    public BatchImporter(Rules rules, ProfileRefresher profiles, Clock clock) {
        this.rules = rules;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Writes {@code items} with {@code mapping} (format jsonl) in the caller's transaction on {@code tx}.
     *
     * @param alreadyStored positions (from 0) of items whose id the caller knows the store holds
     * @param idsChecked    whether the caller checked every item's id against the store (then ids are
     *                      not looked up again, which keeps large stores fast)
     */
    public BatchReport write(Connection tx, Mapping mapping, List<BatchItem> items, Set<Integer> alreadyStored, boolean idsChecked) {
        long importId = Db.queryLong(tx, "SELECT nextval('import_seq')");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // no finally: when a statement fails the transaction is aborted, and its rollback drops the work tables
        stage(tx, items);
        new Validation(tx, mapping, rules, new SourceColumns("jsonl", List.of(), "_g"), now).run(importId, "collector");
        Map<Integer, BatchReport.Rejection> rejected = new HashMap<>();
        Set<Integer> duplicates = new java.util.HashSet<>(alreadyStored);
        sortQuarantine(tx, importId, rejected, duplicates);
        rejectWholeUnits(tx, importId, rejected);
        if (!duplicates.isEmpty()) {
            Db.execute(tx, "INSERT INTO dups SELECT rowid, rowid, 'already stored' FROM stg WHERE _g IN (" + duplicates.stream()
                    .map(p -> String.valueOf(p + 1)).collect(Collectors.joining(", ")) + ")");
        }
        Db.update(tx, "UPDATE quarantine SET file = s._origin, row_no = s._item FROM stg s WHERE quarantine.import_id = ? "
                + "AND quarantine.row_no = s._g", importId);
        EntityWriter writer = new EntityWriter(tx, mapping, importId, idsChecked);
        writer.writeCustomers();
        profiles.refresh(tx, importId, now);
        writer.writeRest();
        List<BatchReport.Outcome> outcomes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            outcomes.add(rejected.containsKey(i) ? BatchReport.Outcome.REJECTED
                    : duplicates.contains(i) ? BatchReport.Outcome.DUPLICATE : BatchReport.Outcome.STORED);
        }
        String table = mapping.entity().name().equals("order_lines") ? "orders" : Db.ident(mapping.entity().name());
        List<Map<String, Object>> stored = Db.query(tx, "SELECT * FROM " + table + " WHERE import_id = ?", importId);
        Db.execute(tx, "DROP VIEW IF EXISTS acc");
        for (String t : List.of("typed", "dups", "acc1", "stg")) {
            Db.execute(tx, "DROP TABLE IF EXISTS " + t);
        }
        return new BatchReport(importId, outcomes, rejected, stored);
    }

    /** {@code stg(line, _valid, _g, _origin, _item)}: one row per item, _g = position + 1 (rowids of a table made in a transaction are not positions). */
    private static void stage(Connection tx, List<BatchItem> items) {
        Db.execute(tx, "DROP TABLE IF EXISTS stg");
        Db.execute(tx, "CREATE TEMP TABLE stg (line VARCHAR, _valid BOOLEAN, _g BIGINT, _origin VARCHAR, _item INTEGER)");
        // what a CSV parser could not split; always empty here, but validation reads it
        Db.execute(tx, "CREATE TEMP TABLE IF NOT EXISTS stg_rejects (line BIGINT, column_name VARCHAR, error_type VARCHAR, csv_line VARCHAR, "
                + "error_message VARCHAR)");
        try (DuckDBAppender a = tx.unwrap(DuckDBConnection.class).createAppender("temp", "main", "stg")) {
            long g = 1;
            for (BatchItem item : items) {
                a.beginRow();
                a.append(item.json());
                a.append(item.object());
                a.append(g++);
                a.append(item.origin());
                a.append(item.item());
                a.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("staging a collected batch", e);
        }
    }

    /**
     * Splits what validation quarantined: an id repeated within the batch is a retry, reported as a
     * duplicate and taken out of the quarantine; everything else is a rejection.
     */
    private static void sortQuarantine(Connection tx, long importId, Map<Integer, BatchReport.Rejection> rejected, Set<Integer> duplicates) {
        Db.update(tx, "UPDATE quarantine SET reason = 'not a JSON object' WHERE import_id = ? AND field IS NULL AND reason LIKE 'malformed JSON%'",
                importId);
        for (Map<String, Object> q : Db.query(tx, "SELECT row_no, field, value, reason FROM quarantine WHERE import_id = ?", importId)) {
            int position = ((Number) q.get("row_no")).intValue() - 1;
            String reason = (String) q.get("reason");
            if (reason.startsWith("duplicate ")) {
                duplicates.add(position);
            } else {
                rejected.put(position, new BatchReport.Rejection((String) q.get("field"), (String) q.get("value"), reason));
            }
        }
        Db.update(tx, "DELETE FROM quarantine WHERE import_id = ? AND reason LIKE 'duplicate %'", importId);
    }

    /** The other rows of a unit with a rejected row are rejected and quarantined too, so no order is stored in part. */
    private static void rejectWholeUnits(Connection tx, long importId, Map<Integer, BatchReport.Rejection> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        String bad = rejected.keySet().stream().map(p -> String.valueOf(p + 1)).collect(Collectors.joining(", "));
        List<Map<String, Object>> rows = Db.query(tx, "SELECT s._g - 1 AS p FROM stg s WHERE (s._origin, s._item) IN (SELECT _origin, _item FROM stg "
                + "WHERE _g IN (" + bad + ")) AND s._g NOT IN (" + bad + ")");
        if (rows.isEmpty()) {
            return;
        }
        List<Long> others = rows.stream().map(r -> ((Number) r.get("p")).longValue()).toList();
        String list = others.stream().map(p -> String.valueOf(p + 1)).collect(Collectors.joining(", "));
        String why = "another part of the same item was rejected";
        Db.update(tx, "INSERT INTO quarantine SELECT ?, 'collector', _g, NULL, NULL, ?, to_json({'line': line}) FROM stg WHERE _g IN (" + list + ")",
                importId, why);
        Db.execute(tx, "INSERT INTO dups SELECT rowid, rowid, 'unit rejected' FROM stg WHERE _g IN (" + list + ")");
        others.forEach(p -> rejected.put(p.intValue(), new BatchReport.Rejection(null, null, why)));
    }
}
