package io.clientela.analytics.value.clv;

import java.util.List;

/**
 * Lifetime values with their provenance: the algorithm version, the two fits they came from
 * (each with its own parameters and version), the terms, and one estimate per customer in the
 * order the customers were given.
 */
public record ClvReport(String algorithmVersion, FitReport purchases, FitReport spend, ClvTerms terms, List<ClvEstimate> customers) {

    public ClvReport {
        customers = List.copyOf(customers);
    }
}
