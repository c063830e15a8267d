package io.clientela.ingest.collect;

import io.clientela.store.Db;
import io.clientela.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a visitor's anonymous events to the customer once they identify themselves: an event that
 * carries both an anonymous id and a customer (a login, say) links that anonymous id, within its
 * source, to the customer; later events of that anonymous id that name no customer are written
 * with that customer, and the earlier ones are given it shortly after (below). A device shared by
 * two customers links to the one who identified last; events already linked keep their customer.
 * Used by the writer thread only.
 *
 * <p>Giving the earlier events their customer is an UPDATE of the events table, about 10 ms, which
 * would hold up every batch of the group. So the batch's transaction only notes the link in
 * {@code anonymous_backfills}, and {@link #backfill} acts on all notes at once in a transaction of
 * its own, on another thread and connection, a fraction of a second later. A note
 * outlives a crash and is acted on after the restart. The note names the customer by key; the
 * events get the profile that key belongs to when the note is acted on, and an erasure deletes the
 * notes of its customer. Two links made for one device before the notes are acted on give its
 * earlier events to the first.
 *
 * <p>It also knows which anonymous ids have events without a customer, and from which import on,
 * so that a note bounds the UPDATE to the newer part of the events table, and linking one that has
 * none needs no note. That knowledge is loaded at start and kept for up to {@code capacity}
 * anonymous ids; beyond that it is dropped, and the notes then look through the whole table.
 */
final class AnonymousLinks {
    /** source -> anonymous id -> link */
    private final Map<String, Map<String, Link>> links = new HashMap<>();
    /** source -> anonymous id with events of no customer -> the first import holding one */
    private final Map<String, Map<String, Long>> unlinked = new HashMap<>();
    private final int capacity;
    private int unlinkedSize;
    /** whether {@link #unlinked} names every anonymous id with events of no customer */
    private boolean complete;

    AnonymousLinks(int capacity) {
        this.capacity = capacity;
    }

    /** A customer key with its profile (null while the profile is not resolved yet). */
    record Link(String key, Long customerId) {
    }

    /** A stored event's anonymous id with the customer it named, if any (key null when none), and its import. */
    record Seen(String anonymousId, String key, Long customerId, long importId) {
    }

    /**
     * What {@link #apply} did, to {@link #remember} once committed: links made, customers given,
     * anonymous ids left unlinked, and how many notes it left for {@link #backfill}.
     */
    record Applied(String source, Map<String, Link> made, Map<String, Link> given, Map<String, Long> unlinked, int notes) {
        static final Applied NONE = new Applied("", Map.of(), Map.of(), Map.of(), 0);
    }

    /** Loads the links the stored events already make, and which anonymous ids still have events of no customer; forgets what it knew. */
    void load(Connection c) {
        links.clear();
        unlinked.clear();
        unlinkedSize = 0;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT source, anonymous_id, arg_max(customer_key, occurred_at), arg_max(customer_id, occurred_at) "
                    + "FROM events WHERE anonymous_id IS NOT NULL AND customer_key IS NOT NULL GROUP BY ALL")) {
                while (rs.next()) {
                    long id = rs.getLong(4);
                    links.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), new Link(rs.getString(3), rs.wasNull() ? null : id));
                }
            }
            complete = true;
            try (ResultSet rs = st.executeQuery("SELECT source, anonymous_id, min(import_id) FROM events WHERE anonymous_id IS NOT NULL "
                    + "AND customer_key IS NULL GROUP BY ALL")) {
                while (rs.next() && complete) {
                    noteUnlinked(rs.getString(1), rs.getString(2), rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("loading the anonymous ids linked to customers", e);
        }
    }

    private void noteUnlinked(String source, String anonymousId, long importId) {
        if (!complete) {
            return;
        }
        if (unlinked.computeIfAbsent(source, k -> new HashMap<>()).merge(anonymousId, importId, Math::min) == importId) {
            unlinkedSize++;
        }
        if (unlinkedSize > capacity) {
            unlinked.clear();
            complete = false;
        }
    }

    /** The customer the anonymous id is linked to, or null. */
    Link of(String source, String anonymousId) {
        Map<String, Link> own = links.get(source);
        return anonymousId == null || own == null ? null : own.get(anonymousId);
    }

    /**
     * Applies the stored events of one source in the caller's transaction: gives the events of every
     * anonymous id they name, linked by them or before, that have no customer yet, its customer.
     *
     * @param seen the stored events that carry an anonymous id, in order
     */
    Applied apply(Connection tx, String source, List<Seen> seen) {
        if (seen.isEmpty()) {
            return Applied.NONE;
        }
        Map<String, Link> own = links.getOrDefault(source, Map.of());
        Map<String, Long> stillOpen = unlinked.getOrDefault(source, Map.of());
        Map<String, Link> made = new HashMap<>();
        Map<String, Link> given = new LinkedHashMap<>();
        Map<String, Long> open = new HashMap<>();
        for (Seen e : seen) {
            String anonymous = e.anonymousId();
            Link known = made.containsKey(anonymous) ? made.get(anonymous) : own.get(anonymous);
            if (e.key() != null) {
                Link now = new Link(e.key(), e.customerId());
                if (!now.equals(known)) {
                    made.put(anonymous, now);
                    given.put(anonymous, now);
                }
            } else {
                open.merge(anonymous, e.importId(), Math::min); // written without a customer
                if (known != null) {
                    given.put(anonymous, known);
                }
            }
        }
        // only the anonymous ids with events of no customer need a statement, and only from their first such import on
        Map<String, Long> from = new LinkedHashMap<>();
        boolean unbounded = false;
        for (String anonymous : given.keySet()) {
            Long first = open.containsKey(anonymous) ? open.get(anonymous) : stillOpen.get(anonymous);
            if (open.containsKey(anonymous) && stillOpen.containsKey(anonymous)) {
                first = Math.min(first, stillOpen.get(anonymous));
            }
            if (first != null || !complete) {
                from.put(anonymous, first);
                unbounded |= first == null;
            }
        }
        if (!from.isEmpty()) {
            List<Object> params = new ArrayList<>(1 + 4 * from.size());
            params.add(source);
            // plain ids as literals (planned twice as fast as thousands of bound values), any other bound
            StringBuilder rows = new StringBuilder();
            from.forEach((anonymous, first) -> {
                String key = given.get(anonymous).key();
                Long customer = given.get(anonymous).customerId();
                rows.append(rows.length() == 0 ? "(" : ", (");
                if (Db.isPlain(anonymous) && (key == null || Db.isPlain(key))) {
                    rows.append(Db.literal(anonymous)).append(", ").append(key == null ? "NULL::VARCHAR" : Db.literal(key)).append(", ")
                            .append(customer == null ? "NULL::BIGINT" : customer + "::BIGINT").append(", ")
                            .append(first == null ? "NULL::BIGINT" : first + "::BIGINT").append(')');
                } else {
                    rows.append("?::VARCHAR, ?::VARCHAR, ?::BIGINT, ?::BIGINT)");
                    params.add(anonymous);
                    params.add(key);
                    params.add(customer);
                    params.add(first);
                }
            });
            Db.update(tx, "INSERT INTO anonymous_backfills SELECT nextval('backfill_seq'), ?, a, k, c, f FROM (VALUES " + rows + ") n(a, k, c, f)",
                    params.toArray());
        }
        given.keySet().forEach(open::remove);
        return new Applied(source, made, given, open, from.size());
    }

    /** What {@link #backfill} did: events given a customer, notes acted on (and deleted). */
    record Backfilled(long events, long notes) {
    }

    /**
     * Acts on the notes {@link #apply} left, in one transaction of the caller's: each noted
     * anonymous id's events that name no customer, from its noted import on, get the customer, as
     * its key is linked now; the notes are then deleted. Static: it uses nothing held in memory, so
     * it runs on its own thread and connection, beside the writer.
     */
    static Backfilled backfill(Connection tx) {
        Map<String, Object> span = Db.query(tx, "SELECT max(seq) AS last, min(from_import) AS since, count(*) FILTER (WHERE from_import IS NULL) "
                + "AS unbounded FROM anonymous_backfills").get(0);
        if (span.get("last") == null) {
            return new Backfilled(0, 0);
        }
        long last = ((Number) span.get("last")).longValue();
        // import ids grow with the table, so the bound lets DuckDB skip the older row groups
        String since = ((Number) span.get("unbounded")).longValue() > 0 || span.get("since") == null ? ""
                : "events.import_id >= " + ((Number) span.get("since")).longValue() + " AND ";
        long given = Db.update(tx, "UPDATE events SET customer_key = b.customer_key, customer_id = b.customer_id FROM ("
                + "SELECT DISTINCT ON (n.source, n.anonymous_id) n.source, n.anonymous_id, n.customer_key, r.customer_id, n.from_import "
                + "FROM anonymous_backfills n JOIN customer_records r ON r.source = n.source AND r.external_id = n.customer_key "
                + "WHERE n.seq <= " + last + " ORDER BY n.source, n.anonymous_id, n.seq) b "
                + "WHERE " + since + "events.source = b.source AND events.anonymous_id = b.anonymous_id AND events.customer_key IS NULL "
                + "AND (b.from_import IS NULL OR events.import_id >= b.from_import)");
        return new Backfilled(given, Db.update(tx, "DELETE FROM anonymous_backfills WHERE seq <= " + last));
    }

    /** Keeps what committed transactions did. */
    void remember(List<Applied> applied) {
        for (Applied a : applied) {
            if (!a.made().isEmpty()) {
                links.computeIfAbsent(a.source(), k -> new HashMap<>()).putAll(a.made());
            }
            Map<String, Long> own = unlinked.get(a.source());
            if (own != null) {
                for (String anonymous : a.given().keySet()) {
                    if (own.remove(anonymous) != null) {
                        unlinkedSize--;
                    }
                }
            }
            a.unlinked().forEach((anonymous, importId) -> noteUnlinked(a.source(), anonymous, importId));
        }
    }
}
