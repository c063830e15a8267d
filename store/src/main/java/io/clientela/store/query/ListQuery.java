package io.clientela.store.query;

import io.clientela.core.UsageException;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.RowSink;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One list of the dashboard as a query: {@code SELECT select FROM fromWhere} with its bound
 * parameters (in placeholder order), the columns it may be sorted by and the default one. {@link
 * #page} answers one page with the list's total (two statements: the count, then the sorted page);
 * {@link #stream} sends the whole sorted list, row by row, for an export.
 *
 * @param select      the column list, with the labels the answer uses
 * @param fromWhere   the FROM clause with its joins and WHERE condition
 * @param params      the values bound to the placeholders of {@code select} and {@code fromWhere}
 * @param sortable    the column labels the list may be sorted by
 * @param defaultSort the column sorted by when none is asked for; one of {@code sortable}
 * @param tieBreak    a unique column that orders rows of equal sort values (ascending), so that
 *                    pages neither repeat nor skip rows; null for none
 */
public record ListQuery(String select, String fromWhere, List<Object> params, Set<String> sortable, String defaultSort, String tieBreak) {
    /** Column labels that hold personal data: whoever may not see personal data gets them masked. */
    public static final Set<String> PERSONAL_COLUMNS = Set.of("name", "first_name", "last_name", "email", "phone", "birth_date", "city",
            "latitude", "longitude", "external_id", "raw", "value", "key_value");

    public ListQuery {
        if (!sortable.contains(defaultSort)) {
            throw new IllegalArgumentException("defaultSort: " + defaultSort + " is not sortable " + sortable);
        }
        params = List.copyOf(params);
        sortable = Set.copyOf(sortable);
    }

    /** A list without a tie-break column. */
    public ListQuery(String select, String fromWhere, List<Object> params, Set<String> sortable, String defaultSort) {
        this(select, fromWhere, params, sortable, defaultSort, null);
    }

    /** One page of the sorted list, and how many rows the whole list has. */
    public Page page(Handle h, PageRequest r) {
        Connection c = h.connection();
        String sql = sorted(r.sort(), r.order());
        long total = Db.queryLong(c, "SELECT count(*) FROM " + fromWhere, params.toArray());
        List<Object> p = new ArrayList<>(params);
        p.add(r.size());
        p.add((long) (r.page() - 1) * r.size());
        List<Map<String, Object>> rows = Db.query(c, sql + " LIMIT ? OFFSET ?", p.toArray());
        return new Page(rows, total, r.page(), r.size(), r.sort(), r.order());
    }

    /** Every row of the list, sorted by {@code sort} in {@code order}, to {@code sink}: the column labels first, then row by row. */
    public void stream(Handle h, String sort, String order, RowSink sink) {
        Connection c = h.connection();
        Db.stream(c, sorted(sort, order), sink, params.toArray());
    }

    private String sorted(String sort, String order) {
        if (!sortable.contains(sort)) {
            throw new UsageException("parameter 'sort': expected one of " + sortable.stream().sorted().toList() + ", got '" + sort + "'");
        }
        PageRequest.order(order);
        return "SELECT * FROM (SELECT " + select + " FROM " + fromWhere + ") ORDER BY " + Db.ident(sort) + " " + order + " NULLS LAST"
                + (tieBreak == null || tieBreak.equals(sort) ? "" : ", " + Db.ident(tieBreak) + " ASC");
    }
}
