package io.clientela.analytics.value.quadrant;

import io.clientela.core.Provenance;
import java.util.Map;

/** The thresholds used (NaN satisfaction when nobody gave feedback) and each customer's quadrant, in input order. */
public record QuadrantResult(double satisfactionThreshold, double revenueThreshold, Quadrant[] quadrants, Map<Quadrant, Integer> sizes,
                             Provenance provenance) {
}
