package io.clientela.analytics.value.clv;

import java.util.Map;

/**
 * A fitted model with its provenance: model and algorithm version, parameters, log-likelihood,
 * iterations, whether the optimiser converged, and how many customers it saw.
 */
public record FitReport(String model, String algorithmVersion, Map<String, Double> parameters, double logLikelihood, int iterations,
                        boolean converged, double customers) {

    public FitReport {
        parameters = Map.copyOf(parameters);
    }

    public double parameter(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException(model + " has no parameter '" + name + "' (it has " + parameters.keySet() + ")");
        }
        return v;
    }
}
