package io.clientela.core.identity;

import java.util.List;
import java.util.Map;

/**
 * The outcome of resolution: each record's customer id (the smallest record id of its cluster, so
 * ids are stable as data grows), each record's normalised keys, and the links that joined clusters.
 */
public final class Resolution {
    private final Map<Long, Long> customerOf;
    private final Map<Long, List<IdentityKey>> keys;
    private final List<Link> links;

    Resolution(Map<Long, Long> customerOf, Map<Long, List<IdentityKey>> keys, List<Link> links) {
        this.customerOf = customerOf;
        this.keys = keys;
        this.links = List.copyOf(links);
    }

    public long customerOf(long recordId) {
        Long c = customerOf.get(recordId);
        if (c == null) {
            throw new IllegalArgumentException("record " + recordId + " was not part of this resolution");
        }
        return c;
    }

    public List<IdentityKey> keysOf(long recordId) {
        return keys.getOrDefault(recordId, List.of());
    }

    /** One edge of the spanning forest: record A and record B share {@code value}. */
    public List<Link> links() {
        return links;
    }

    /** Two records joined because they share a normalised identifier; {@code recordA < recordB} always. */
    public record Link(long recordA, long recordB, IdentityKey.Type type, String value) {
        public Link {
            if (recordA >= recordB) {
                throw new IllegalArgumentException("a link joins an older record to a newer one, not " + recordA + " to " + recordB);
            }
        }
    }
}
