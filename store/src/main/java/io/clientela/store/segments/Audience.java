package io.clientela.store.segments;

import io.clientela.store.customers.CustomerDrill;
import io.clientela.store.query.CustomerFilter;
import java.util.List;

/**
 * Whom a campaign targets: the customers of one value run that the shared filters keep, with at
 * least a CLV of {@code minClv} and a probability of being alive of {@code minPAlive} (each null for
 * no minimum), and the drill-down filters of a saved segment ({@link CustomerDrill}).
 */
public record Audience(long run, CustomerFilter filter, Double minClv, Double minPAlive, CustomerDrill drill) {
    public Audience {
        if (filter == null) {
            throw new IllegalArgumentException("filter: expected a filter (CustomerFilter.NONE for none), got null");
        }
        if (drill == null) {
            throw new IllegalArgumentException("drill: expected drill-down filters (CustomerDrill.NONE for none), got null");
        }
    }

    /** An audience without drill-down filters. */
    public Audience(long run, CustomerFilter filter, Double minClv, Double minPAlive) {
        this(run, filter, minClv, minPAlive, CustomerDrill.NONE);
    }

    /** The condition over the run's customer values {@code v} and customers {@code c}; binds the run, the filter's values and the minimums. */
    String where(List<Object> p) {
        p.add(run);
        String w = "v.run_id = ? AND " + filter.where(p) + " AND " + drill.where(p);
        if (minClv != null) {
            w += " AND v.clv >= ?";
            p.add(minClv);
        }
        if (minPAlive != null) {
            w += " AND v.p_alive >= ?";
            p.add(minPAlive);
        }
        return w;
    }
}
