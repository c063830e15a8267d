package io.clientela.app.collect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientela.ingest.BatchImporter;
import io.clientela.ingest.BatchItem;
import io.clientela.ingest.BatchReport;
import io.clientela.ingest.Mapping;
import io.clientela.store.Db;
import java.io.IOException;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One group commit's work inside its transaction: the batches split by kind and source, each part
 * checked for resent ids and written by the {@link BatchImporter}, and per batch its receipt, the
 * fingerprints of the ids it stored and the stored items for the listener.
 */
final class GroupWrite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNIT_REJECTED = "another part of the same item was rejected";
    private final BatchImporter importer;
    private final Map<Kind, Mapping> mappings;
    private final KnownIds known;

    private final boolean wantStored;

    GroupWrite(BatchImporter importer, Map<Kind, Mapping> mappings, KnownIds known, boolean wantStored) {
        this.wantStored = wantStored;
        this.importer = importer;
        this.mappings = mappings;
        this.known = known;
    }

    List<Done> write(Connection tx, List<Collector.Submission> group) {
        Map<String, List<Collector.Submission>> parts = new LinkedHashMap<>();
        group.forEach(s -> parts.computeIfAbsent(s.kind() + "\u0000" + s.source(), k -> new ArrayList<>()).add(s));
        List<Done> done = new ArrayList<>();
        for (List<Collector.Submission> part : parts.values()) {
            done.addAll(writePart(tx, part));
        }
        return done;
    }

    private List<Done> writePart(Connection tx, List<Collector.Submission> part) {
        Kind kind = part.get(0).kind();
        String source = part.get(0).source();
        List<BatchItem> items = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Collector.Submission s : part) {
            items.addAll(s.items());
            rows.addAll(s.rows());
        }
        Set<String> stored = storedAlready(tx, kind, source, rows);
        Set<Integer> already = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() != null && stored.contains(rows.get(i).id())) {
                already.add(i);
            }
        }
        Mapping base = mappings.get(kind);
        BatchReport report = importer.write(tx, withSource(base, source), items, already, kind != Kind.ORDERS, wantStored);
        List<CollectedItem> collected = report.stored().stream().map(r -> item(kind, source, r)).toList();
        List<Done> done = new ArrayList<>();
        int at = 0;
        for (Collector.Submission s : part) {
            Map<Integer, String> state = new LinkedHashMap<>();
            List<Receipt.ItemError> errors = new ArrayList<>();
            List<Long> fingerprints = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Row r : s.rows()) {
                BatchReport.Outcome o = report.outcomes().get(at);
                if (o == BatchReport.Outcome.REJECTED) {
                    BatchReport.Rejection why = report.rejected().get(at);
                    state.put(r.item(), "rejected");
                    if (!UNIT_REJECTED.equals(why.reason())) {
                        errors.add(new Receipt.ItemError(r.item(), r.line(), why.field(), why.value(), why.reason()));
                    }
                } else {
                    state.merge(r.item(), o == BatchReport.Outcome.STORED ? "stored" : "duplicate",
                            (was, now) -> was.equals("rejected") ? was : was.equals("stored") || now.equals("stored") ? "stored" : now);
                    if (o == BatchReport.Outcome.STORED && r.id() != null) {
                        fingerprints.add(KnownIds.fingerprint(kind, source, r.id()));
                        ids.add(r.id());
                    }
                }
                at++;
            }
            int storedItems = (int) state.values().stream().filter("stored"::equals).count();
            int duplicates = (int) state.values().stream().filter("duplicate"::equals).count();
            List<CollectedItem> mine = collected.stream().filter(c -> ids.contains(c.id())).toList();
            done.add(new Done(s, new Receipt(s.origin(), state.size(), storedItems, duplicates, errors), fingerprints, mine));
        }
        return done;
    }

    /** Of the rows' ids, those the store holds: candidates by fingerprint, confirmed by one query. */
    private Set<String> storedAlready(Connection tx, Kind kind, String source, List<Row> rows) {
        Set<String> candidates = new HashSet<>();
        for (Row r : rows) {
            if (r.id() != null && known.mightContain(KnownIds.fingerprint(kind, source, r.id()))) {
                candidates.add(r.id());
            }
        }
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return Db.query(tx, "SELECT DISTINCT " + kind.idColumn() + " AS id FROM " + kind.table() + " WHERE source = ? AND " + kind.idColumn()
                + " IN (" + candidates.stream().map(Db::literal).collect(Collectors.joining(", ")) + ")", source)
                .stream().map(m -> (String) m.get("id")).collect(Collectors.toSet());
    }

    private static CollectedItem item(Kind kind, String source, Map<String, Object> row) {
        Map<String, Object> fields = new LinkedHashMap<>(row);
        Object props = fields.get("properties");
        if (props != null) {
            try {
                fields.put("properties", JSON.readValue(props.toString(), Map.class));
            } catch (IOException e) {
                fields.put("properties", props.toString());
            }
        }
        Object customer = row.get("customer_id");
        String type = switch (kind) {
            case EVENTS -> (String) row.get("type");
            case FEEDBACK -> "feedback";
            case ORDERS -> "order";
        };
        Object at = row.get(switch (kind) {
            case EVENTS -> "occurred_at";
            case FEEDBACK -> "responded_at";
            case ORDERS -> "ordered_at";
        });
        return new CollectedItem(kind, source, (String) row.get(kind.idColumn()), customer == null ? null : ((Number) customer).longValue(), type,
                (LocalDateTime) at, fields);
    }

    static Mapping withSource(Mapping m, String source) {
        return new Mapping(m.name(), source, m.entity(), m.format(), m.delimiter(), m.quote(), m.header(), m.columns(), m.encoding(),
                m.timestampFormat(), m.dateFormat(), m.decimalSeparator(), m.timezone(), m.keepDuplicates(), m.fields(), m.attributes(), m.sha256());
    }

    /** A batch written in this group, to be answered after the commit. */
    record Done(Collector.Submission submission, Receipt receipt, List<Long> fingerprints, List<CollectedItem> stored) {
    }
}
