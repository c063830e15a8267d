package io.clientela.store.customers;

import io.clientela.store.query.AgentScope;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The customer list of the dashboard: customers with their latest figures of one value run, found by
 * a part of their name or e-mail (any case), their source id or their number, under the shared
 * filters, the drill-down filters of a chart ({@link CustomerDrill}) and the caller's scope (an agent
 * finds only customers with a case or alert of theirs). Every column is sortable; rows of equal
 * values keep customer id order, so pages neither repeat nor skip a customer. Amounts are decimals
 * rounded to cents (an export shows 2702.22, not 2702.2200000000003).
 */
public final class CustomerSearch {
    private CustomerSearch() {
    }

    /**
     * @param run   the value run whose results are shown (-1: none, the value columns stay empty)
     * @param query what to look for, or null for every customer
     */
    public static ListQuery of(long run, CustomerFilter f, String query, AgentScope scope) {
        return of(run, f, CustomerDrill.NONE, query, scope);
    }

    /** The columns of the list, in order; each may be sorted by. */
    public static final List<String> COLUMNS = List.of("customer_id", "name", "email", "country", "region", "channel", "segment", "abc", "quadrant",
            "orders", "revenue", "clv", "p_alive", "last_order");

    /**
     * @param run   the value run whose results are shown and drilled into (-1: none)
     * @param drill the chart's drill-down filters ({@link CustomerDrill#NONE} for none)
     * @param query what to look for, or null for every customer
     */
    public static ListQuery of(long run, CustomerFilter f, CustomerDrill drill, String query, AgentScope scope) {
        List<Object> p = new ArrayList<>();
        p.add(run);
        String where = f.where(p) + " AND " + drill.where(p);
        if (query != null) {
            String lower = query.toLowerCase(Locale.ROOT);
            where += " AND (contains(lower(c.name), ?) OR contains(lower(c.email), ?) OR CAST(c.customer_id AS VARCHAR) = ? "
                    + "OR c.customer_id IN (SELECT customer_id FROM customer_records WHERE external_id = ?))";
            p.addAll(List.of(lower, lower, query, query));
        }
        where += " AND " + scope.customers("c.customer_id", p);
        return new ListQuery("""
                c.customer_id, c.name, c.email, c.country, c.region, c.acquisition_channel AS channel, v.rfm_segment AS segment, \
                v.abc_class AS abc, v.quadrant, v.orders, CAST(round(v.revenue, 2) AS DECIMAL(18, 2)) AS revenue, \
                CAST(round(v.clv, 2) AS DECIMAL(18, 2)) AS clv, round(v.p_alive, 3) AS p_alive, v.last_order""",
                "customers c LEFT JOIN customer_values v ON v.customer_id = c.customer_id AND v.run_id = ? WHERE " + where, p,
                Set.copyOf(COLUMNS), "customer_id", "customer_id");
    }
}
