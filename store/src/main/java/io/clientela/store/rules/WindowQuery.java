package io.clientela.store.rules;

import java.time.LocalDateTime;

/**
 * One window function of a rule condition, as the store computes it: a {@link Measure} over
 * {@link Items} (optionally of one {@code type}: the event type, survey, order status or ticket
 * category), per customer or per product, for the items in the window {@code (from, to]}.
 */
public record WindowQuery(Measure measure, Items items, String type, Per per, LocalDateTime from, LocalDateTime to) {
    /** What is computed per subject. */
    public enum Measure {
        /** How many items. */
        COUNT,
        /** Whole days from the latest item to the end of the window. */
        DAYS_SINCE,
        /** Order revenue, cancelled orders excluded (per product: line amounts less returns). */
        REVENUE,
        /** Add-to-cart events not followed by an order (of that product, per product) within one day. */
        ABANDONED_CARTS
    }

    /** The items counted, or whose latest one is looked for. */
    public enum Items {
        EVENT, FEEDBACK, TICKET, ORDER, RETURN
    }

    /** Whose values: one per customer or one per product. */
    public enum Per {
        CUSTOMER, PRODUCT
    }

    public WindowQuery {
        boolean needsItems = measure == Measure.COUNT || measure == Measure.DAYS_SINCE;
        if (needsItems != (items != null)) {
            throw new IllegalArgumentException(measure + (needsItems ? " needs items" : " takes no items") + ", found " + items);
        }
        if (per == null || from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a window needs per, from and to with from <= to; found " + per + ", " + from + ", " + to);
        }
    }
}
