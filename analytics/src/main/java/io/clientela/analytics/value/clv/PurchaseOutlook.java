package io.clientela.analytics.value.clv;

/**
 * A customer's purchases over a lifetime-value horizon.
 *
 * @param probabilityAlive    P(alive) at the end of calibration
 * @param expectedPurchases   expected purchases over the horizon
 * @param discountedPurchases the same, each period's purchases discounted to the present
 */
public record PurchaseOutlook(double probabilityAlive, double expectedPurchases, double discountedPurchases) {
}
