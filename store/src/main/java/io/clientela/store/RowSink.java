package io.clientela.store;

import java.util.List;

/**
 * Takes the rows of a query one at a time, for answers too large to hold in memory (a whole list
 * exported as CSV): first the column labels, then each row's cells as the database driver writes
 * them as text, {@code null} for SQL NULL. {@link Db#stream} calls it.
 */
public interface RowSink {
    /** The column labels, once, before the first row (also when there are no rows). */
    void columns(List<String> labels);

    /** One row's cells, in the order of the labels. */
    void row(List<String> cells);
}
