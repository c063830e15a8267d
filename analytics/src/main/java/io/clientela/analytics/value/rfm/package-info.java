/**
 * RFM analysis (Hughes 1994, "Strategic Database Marketing"): recency, frequency and monetary
 * value per customer, scored in quintiles 1 (worst) to 5 (best) and mapped to named segments by
 * an ordered, configurable list of rules over the scores.
 */
package io.clientela.analytics.value.rfm;
