package io.clientela.analytics.value.clv;

/**
 * The terms of a lifetime-value calculation.
 *
 * @param periods      how many future periods to add up (the horizon), 1 to 10,000
 * @param periodLength the length of one period in the time unit the purchase model was fitted in
 *                     (for example 4.348 for months when the model was fitted in weeks)
 * @param discountRate the discount rate per period, 0 or more (0.01 = 1 % a period)
 * @param margin       the share of revenue that is profit, between 0 and 1
 */
public record ClvTerms(int periods, double periodLength, double discountRate, double margin) {

    public ClvTerms {
        if (periods < 1 || periods > 10_000) {
            throw new IllegalArgumentException("periods must be between 1 and 10000, found " + periods);
        }
        if (!(periodLength > 0 && periodLength < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("periodLength must be a finite, positive time, found " + periodLength);
        }
        if (!(discountRate >= 0 && discountRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("discountRate must be a finite rate of 0 or more, found " + discountRate);
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin must be between 0 and 1, found " + margin);
        }
    }
}
