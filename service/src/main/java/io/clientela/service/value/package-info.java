/**
 * The customer-value use case: aggregates in the store, RFM, ABC, quadrant, CLV and cohorts in the
 * analytics, and one stored run with its settings, provenance and per-customer results.
 */
package io.clientela.service.value;
