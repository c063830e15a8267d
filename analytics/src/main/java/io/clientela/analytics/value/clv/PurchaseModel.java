package io.clientela.analytics.value.clv;

/**
 * A fitted model of how many purchases customers make and whether they are still customers:
 * what {@link Clv} needs from {@link BgNbd} or {@link ParetoNbd}. Time is in the unit the model was
 * fitted in (t_x and T of the histories), and purchases are repeat purchases.
 */
public sealed interface PurchaseModel permits BgNbd, ParetoNbd {

    /** The fit this model was built from: its parameters and provenance. */
    FitReport report();

    /** The probability that a customer with this history is still active at the end of calibration (time T). */
    double probabilityAlive(RfmSummary customer);

    /** E[X(t)]: the expected repeat purchases in (0, t] of a customer who has just made a first purchase. */
    double expectedPurchases(double t);

    /** E[Y(t) | x, t_x, T]: the expected purchases of this customer in (T, T + t]. */
    double conditionalExpectedPurchases(RfmSummary customer, double t);
}
