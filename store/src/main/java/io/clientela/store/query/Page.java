package io.clientela.store.query;

import java.util.List;
import java.util.Map;

/**
 * One page of a list, answered as JSON as it is: the rows ({@code items}, each a map of column label
 * to value in the query's column order), how many rows the whole list has ({@code total}), and the
 * request it answers ({@code page}, {@code size}, {@code sort}, {@code order}).
 */
public record Page(List<Map<String, Object>> items, long total, int page, int size, String sort, String order) {
    public Page {
        items = List.copyOf(items);
    }

    /** The same page with other rows (the same rows with some cells masked, say). */
    public Page withItems(List<Map<String, Object>> other) {
        return new Page(other, total, page, size, sort, order);
    }
}
