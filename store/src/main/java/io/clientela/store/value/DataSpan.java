package io.clientela.store.value;

import java.time.LocalDate;

/**
 * What the workspace holds around an as-of date, for the run's provenance and its notes.
 *
 * @param firstOrder         the day of the first order of an identified customer (null without orders)
 * @param lastOrder          the day of the last such order, future-dated ones included
 * @param ordersAfterAsOf    orders dated after the as-of date, left out of the analysis
 * @param feedbackAfterAsOf  survey responses dated after the as-of date, left out
 * @param anonymousOrders    orders without an identified customer, left out
 */
public record DataSpan(LocalDate firstOrder, LocalDate lastOrder, long orders, long ordersAfterAsOf, long feedbackAfterAsOf,
                       long anonymousOrders) {

    public boolean isEmpty() {
        return orders == 0;
    }
}
