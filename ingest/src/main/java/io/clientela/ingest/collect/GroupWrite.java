package io.clientela.ingest.collect;

import io.clientela.ingest.BatchImporter;
import io.clientela.ingest.BatchItem;
import io.clientela.ingest.BatchReport;
import io.clientela.ingest.Mapping;
import io.clientela.store.Db;
import io.clientela.store.Json;
import java.io.IOException;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One group commit's work inside its transaction: the batches split by kind and source, each part
 * checked for resent ids and written by the {@link BatchImporter}, and per batch its receipt, the
 * fingerprints of the ids it stored and the stored items for the listener.
 */
final class GroupWrite {
    private static final String UNIT_REJECTED = "another part of the same item was rejected";
    /** The event types that say who the visitor is: one that makes a new customer is counted as unlinked. */
    private static final Set<String> IDENTIFIES = Set.of("identify", "login");
    private final BatchImporter importer;
    private final Map<Kind, Mapping> mappings;
    private final KnownIds known;

    private final boolean wantStored;
    private final FastWrite fast;
    private final AnonymousLinks anonymous;
    private final List<AnonymousLinks.Applied> applieds = new ArrayList<>();
    int fastParts;
    int fullParts;
    /** Per source, identifies and logins of this group that named a customer unknown before it (a new profile). */
    final Map<String, Long> unlinked = new HashMap<>();

    GroupWrite(BatchImporter importer, Map<Kind, Mapping> mappings, KnownIds known, boolean wantStored, FastWrite fast, AnonymousLinks anonymous) {
        this.wantStored = wantStored;
        this.fast = fast;
        this.anonymous = anonymous;
        this.importer = importer;
        this.mappings = mappings;
        this.known = known;
    }

    List<Done> write(Connection tx, List<Submission> group) {
        Map<String, List<Submission>> parts = new LinkedHashMap<>();
        group.forEach(s -> parts.computeIfAbsent(s.kind() + "\u0000" + s.source(), k -> new ArrayList<>()).add(s));
        List<Done> done = new ArrayList<>();
        for (List<Submission> part : parts.values()) {
            done.addAll(writePart(tx, part));
        }
        return done;
    }

    private List<Done> writePart(Connection tx, List<Submission> part) {
        Kind kind = part.get(0).kind();
        String source = part.get(0).source();
        List<Row> rows = new ArrayList<>();
        List<Object[]> typed = new ArrayList<>();
        for (Submission s : part) {
            rows.addAll(s.rows());
            typed.addAll(s.typed());
        }
        Set<Integer> already = storedAlready(tx, kind, source, part);
        List<AnonymousLinks.Seen> seen = new ArrayList<>();
        BatchReport report = fast == null ? null : fast.write(tx, kind, source, rows, typed, already, wantStored, seen);
        boolean fastPath = report != null;
        if (fastPath) {
            fastParts++;
        } else {
            List<BatchItem> items = new ArrayList<>();
            part.forEach(s -> items.addAll(s.items()));
            // events' stored rows are wanted for linking anonymous ids
            report = importer.write(tx, withSource(mappings.get(kind), source), items, already, kind != Kind.ORDERS, wantStored || kind == Kind.EVENTS);
            fullParts++;
            if (kind == Kind.EVENTS) {
                report.stored().stream().filter(r -> r.get("anonymous_id") != null).forEach(r -> seen.add(new AnonymousLinks.Seen(
                        (String) r.get("anonymous_id"), (String) r.get("customer_key"), r.get("customer_id") == null ? null
                        : ((Number) r.get("customer_id")).longValue(), ((Number) r.get("import_id")).longValue())));
            }
        }
        if (kind == Kind.EVENTS) {
            countUnlinked(tx, source, rows, report.importId());
        }
        AnonymousLinks.Applied applied = anonymous.apply(tx, source, seen);
        applieds.add(applied);
        if (!applied.given().isEmpty()) {
            for (Map<String, Object> r : report.stored()) {
                AnonymousLinks.Link l = r.get("customer_key") == null ? applied.given().get((String) r.get("anonymous_id")) : null;
                if (l != null) {
                    r.put("customer_key", l.key());
                    r.put("customer_id", l.customerId());
                }
            }
        }
        List<CollectedItem> collected = wantStored ? report.stored().stream().map(r -> item(kind, source, r)).toList() : List.of();
        List<Done> done = new ArrayList<>();
        int at = 0;
        for (Submission s : part) {
            List<Receipt.ItemError> errors = new ArrayList<>();
            List<Long> fingerprints = new ArrayList<>();
            Set<String> ids = wantStored ? new HashSet<>() : null;
            if (kind != Kind.ORDERS) {
                // one row per item: count the outcomes as they are
                int storedItems = 0;
                int duplicates = 0;
                for (int i = 0; i < s.rows().size(); i++, at++) {
                    Row r = s.rows().get(i);
                    BatchReport.Outcome o = report.outcomes().get(at);
                    if (o == BatchReport.Outcome.REJECTED) {
                        BatchReport.Rejection why = report.rejected().get(at);
                        errors.add(new Receipt.ItemError(r.item(), r.line(), why.field(), why.value(), why.reason()));
                    } else if (o == BatchReport.Outcome.DUPLICATE) {
                        duplicates++;
                    } else {
                        storedItems++;
                        if (r.id() != null) {
                            fingerprints.add(s.fingerprints()[i]);
                            if (ids != null) {
                                ids.add(r.id());
                            }
                        }
                    }
                }
                List<CollectedItem> mine = ids == null ? List.of() : collected.stream().filter(c -> ids.contains(c.id())).toList();
                done.add(new Done(s, new Receipt(s.origin(), s.rows().size(), storedItems, duplicates, errors), fingerprints, mine));
                continue;
            }
            Map<Integer, String> state = new HashMap<>();
            for (int i = 0; i < s.rows().size(); i++, at++) {
                Row r = s.rows().get(i);
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
                        fingerprints.add(s.fingerprints()[i]);
                        if (ids != null) {
                            ids.add(r.id());
                        }
                    }
                }
            }
            int storedItems = 0;
            int duplicates = 0;
            for (String v : state.values()) {
                storedItems += v.equals("stored") ? 1 : 0;
                duplicates += v.equals("duplicate") ? 1 : 0;
            }
            List<CollectedItem> mine = ids == null ? List.of() : collected.stream().filter(c -> ids.contains(c.id())).toList();
            done.add(new Done(s, new Receipt(s.origin(), state.size(), storedItems, duplicates, errors), fingerprints, mine));
        }
        return done;
    }

    /**
     * Counts the identifies and logins just written whose customer is new: its profile holds only
     * records this very import created, so the id named no customer the source already had (a key
     * of the wrong source, or a mistyped id). Costs a statement only for a part that has such events.
     */
    private void countUnlinked(Connection tx, String source, List<Row> rows, long importId) {
        boolean any = false;
        for (Row r : rows) {
            String type = r.node().path("type").asText("").strip().toLowerCase(Locale.ROOT);
            any |= r.broken() == null && IDENTIFIES.contains(type);
        }
        if (!any) {
            return;
        }
        long n = Db.queryLong(tx, "SELECT count(*) FROM events e WHERE e.import_id = ? AND e.source = ? AND e.type IN ('identify', 'login') "
                + "AND e.customer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customer_records o WHERE o.customer_id = e.customer_id "
                + "AND o.import_id <> ?)", importId, source, importId);
        if (n > 0) {
            unlinked.merge(source, n, Long::sum);
        }
    }

    /** What this group did to anonymous ids' links, to remember once it committed. */
    List<AnonymousLinks.Applied> links() {
        return applieds;
    }

    /** Of the part's rows, the positions of those whose id the store holds: candidates by fingerprint, confirmed by one query. */
    private Set<Integer> storedAlready(Connection tx, Kind kind, String source, List<Submission> part) {
        Set<String> candidates = new HashSet<>();
        for (Submission s : part) {
            for (int i = 0; i < s.rows().size(); i++) {
                if (s.fingerprints()[i] != 0 && known.mightContain(s.fingerprints()[i])) {
                    candidates.add(s.rows().get(i).id());
                }
            }
        }
        if (candidates.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(source);
        String in = Db.inList(candidates, params);
        Set<String> stored = Db.query(tx, "SELECT DISTINCT " + kind.idColumn() + " AS id FROM " + kind.table() + " WHERE source = ? AND "
                + kind.idColumn() + " IN (" + in + ")", params.toArray())
                .stream().map(m -> (String) m.get("id")).collect(Collectors.toSet());
        Set<Integer> out = new HashSet<>();
        int at = 0;
        for (Submission s : part) {
            for (Row r : s.rows()) {
                if (r.id() != null && stored.contains(r.id())) {
                    out.add(at);
                }
                at++;
            }
        }
        return out;
    }

    private static CollectedItem item(Kind kind, String source, Map<String, Object> row) {
        Map<String, Object> fields = new LinkedHashMap<>(row);
        Object props = fields.get("properties");
        if (props != null) {
            try {
                fields.put("properties", Json.MAPPER.readValue(props.toString(), Map.class));
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
    record Done(Submission submission, Receipt receipt, List<Long> fingerprints, List<CollectedItem> stored) {
    }
}
