package io.clientela.store.query;

import io.clientela.core.UsageException;
import java.util.Set;

/**
 * Which page of a list, sorted how: {@code page} counts from 1, {@code size} rows per page, sorted by
 * the column {@code sort} in {@code order} ({@code asc} or {@code desc}, NULLs last either way).
 */
public record PageRequest(int page, int size, String sort, String order) {
    static final Set<String> ORDERS = Set.of("asc", "desc");

    public PageRequest {
        if (page < 1) {
            throw new UsageException("parameter 'page': expected a whole number of at least 1, got " + page);
        }
        if (size < 1) {
            throw new UsageException("parameter 'size': expected a whole number of at least 1, got " + size);
        }
        if (sort == null || sort.isBlank()) {
            throw new UsageException("parameter 'sort': expected a column name, got nothing");
        }
        order(order);
    }

    /** Checks a sort order: {@code asc} or {@code desc}. */
    static void order(String order) {
        if (!ORDERS.contains(order)) {
            throw new UsageException("parameter 'order': expected one of [asc, desc], got '" + order + "'");
        }
    }
}
