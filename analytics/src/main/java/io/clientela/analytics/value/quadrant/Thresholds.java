package io.clientela.analytics.value.quadrant;

/**
 * Where high begins: a customer is satisfied when the index is at or above {@code satisfaction},
 * valuable when revenue is at or above {@code revenue}. NaN means "the median" (the default):
 * of the satisfaction indexes of customers with feedback, and of the revenue of all customers.
 */
public record Thresholds(double satisfaction, double revenue) {
    public static final Thresholds MEDIANS = new Thresholds(Double.NaN, Double.NaN);

    public Thresholds {
        if (!Double.isNaN(satisfaction) && !(satisfaction >= 0 && satisfaction <= 100)) {
            throw new IllegalArgumentException("a satisfaction threshold lies on the index scale 0-100, found " + satisfaction);
        }
        if (Double.isInfinite(revenue)) {
            throw new IllegalArgumentException("a revenue threshold must be finite, found " + revenue);
        }
    }
}
