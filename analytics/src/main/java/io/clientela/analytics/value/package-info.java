/**
 * Customer value: RFM scores and named segments ({@code rfm}), ABC (Pareto) classes
 * ({@code abc}), the satisfaction × revenue quadrant ({@code quadrant}) and lifetime value
 * ({@code clv}). Each takes per-customer figures in (as arrays, one entry per customer, in any
 * order) and returns results in the same order; none reads or writes the store.
 */
package io.clientela.analytics.value;
