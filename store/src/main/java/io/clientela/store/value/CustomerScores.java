package io.clientela.store.value;

import io.clientela.core.value.CustomerInputs;

/**
 * The per-customer results of a run, aligned with {@link CustomerInputs}; an array is null when
 * the run did not compute that analysis, a NaN or null entry when it has no value for that customer.
 */
public record CustomerScores(byte[] recencyScore, byte[] frequencyScore, byte[] monetaryScore, String[] segment,
                             char[] abcClass, String[] quadrant, double[] probabilityAlive, double[] expectedPurchases,
                             double[] expectedOrderValue, double[] clv) {
}
