/**
 * ABC (Pareto) classification: items ranked by a value (customers by net revenue or margin,
 * products by revenue); class A holds the items that together make the first {@code a} share of
 * the total, B the next {@code b − a}, C the rest. The Pareto curve gives the cumulative share of
 * the value against the cumulative share of items.
 */
package io.clientela.analytics.value.abc;
