package io.clientela.analytics.value.clv;

/**
 * One customer's lifetime value and the figures it is made of.
 *
 * @param probabilityAlive   P(alive) at the end of calibration
 * @param expectedPurchases  expected purchases over the whole horizon (undiscounted)
 * @param expectedOrderValue expected value of one purchase (Gamma-Gamma)
 * @param value              discounted margin over the horizon: the customer lifetime value
 */
public record ClvEstimate(double probabilityAlive, double expectedPurchases, double expectedOrderValue, double value) {

    public ClvEstimate {
        if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
            throw new IllegalArgumentException("probabilityAlive must be between 0 and 1, found " + probabilityAlive);
        }
        if (!(expectedPurchases >= 0) || !(expectedOrderValue >= 0) || !(value >= 0)) {
            throw new IllegalArgumentException("expected purchases, order value and lifetime value must be 0 or more, found "
                    + expectedPurchases + ", " + expectedOrderValue + " and " + value);
        }
    }
}
