package io.clientela.app.collect;

import io.clientela.store.Db;
import io.clientela.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Links a visitor's anonymous events to the customer once they identify themselves: an event that
 * carries both an anonymous id and a customer (a login, say) links that anonymous id, within its
 * source, to the customer; the earlier events of that anonymous id that name no customer are then
 * given that customer, and so are later ones. A device shared by two customers links to the one who
 * identified last; events already linked keep their customer. Used by the writer thread only.
 */
final class AnonymousLinks {
    /** source -> anonymous id -> link */
    private final Map<String, Map<String, Link>> links = new HashMap<>();

    /** A customer key with its profile (null while the profile is not resolved yet). */
    record Link(String key, Long customerId) {
    }

    /** A stored event's anonymous id with the customer it named, if any (key null when none). */
    record Seen(String anonymousId, String key, Long customerId) {
    }

    /** What {@link #apply} did: links made (to {@link #remember} after the commit) and the customer given to each anonymous id. */
    record Applied(String source, Map<String, Link> made, Map<String, Link> given) {
        static final Applied NONE = new Applied("", Map.of(), Map.of());
    }

    /** Loads the links the stored events already make. */
    void load(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT source, anonymous_id, arg_max(customer_key, occurred_at), "
                + "arg_max(customer_id, occurred_at) FROM events WHERE anonymous_id IS NOT NULL AND customer_key IS NOT NULL GROUP BY ALL")) {
            while (rs.next()) {
                long id = rs.getLong(4);
                links.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), new Link(rs.getString(3), rs.wasNull() ? null : id));
            }
        } catch (SQLException e) {
            throw new StoreException("loading the anonymous ids linked to customers", e);
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
        Map<String, Link> made = new HashMap<>();
        Map<String, Link> given = new LinkedHashMap<>();
        for (Seen e : seen) {
            String anonymous = e.anonymousId();
            Link known = made.containsKey(anonymous) ? made.get(anonymous) : own.get(anonymous);
            if (e.key() != null) {
                Link now = new Link(e.key(), e.customerId());
                if (!now.equals(known)) {
                    made.put(anonymous, now);
                    given.put(anonymous, now);
                }
            } else if (known != null) {
                given.put(anonymous, known);
            }
        }
        if (!given.isEmpty()) {
            String values = given.entrySet().stream().map(t -> "(" + Db.literal(t.getKey()) + ", " + Db.literal(t.getValue().key()) + ", "
                    + (t.getValue().customerId() == null ? "NULL::BIGINT" : t.getValue().customerId()) + ")").collect(Collectors.joining(", "));
            Db.update(tx, "UPDATE events SET customer_key = l.k, customer_id = l.c FROM (VALUES " + values + ") l(a, k, c) "
                    + "WHERE events.source = ? AND events.anonymous_id = l.a AND events.customer_key IS NULL", source);
        }
        return new Applied(source, made, given);
    }

    /** Keeps links made by a committed transaction. */
    void remember(List<Applied> applied) {
        for (Applied a : applied) {
            if (!a.made().isEmpty()) {
                links.computeIfAbsent(a.source(), k -> new HashMap<>()).putAll(a.made());
            }
        }
    }
}
