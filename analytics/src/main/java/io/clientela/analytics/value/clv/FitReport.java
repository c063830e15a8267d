package io.clientela.analytics.value.clv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted model with its provenance: model name and algorithm version, the parameter estimates
 * (in the model's usual order), the maximised log-likelihood, the optimiser's iterations, whether
 * it converged, and how many customers the fit saw (the sum of the weights).
 */
public record FitReport(String model, String algorithmVersion, Map<String, Double> parameters, double logLikelihood, int iterations,
                        boolean converged, double customers) {

    public FitReport {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a fit report needs a model name, found " + model);
        }
        if (algorithmVersion == null || algorithmVersion.isBlank()) {
            throw new IllegalArgumentException("a fit report needs an algorithm version, found " + algorithmVersion);
        }
        if (iterations < 0 || !(customers >= 0)) {
            throw new IllegalArgumentException("a fit report counts 0 or more iterations and customers, found " + iterations + " and " + customers);
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public double parameter(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException(model + " has no parameter '" + name + "' (it has " + parameters.keySet() + ")");
        }
        return v;
    }

    /** Checks that {@code report} is a fit of {@code model} with finite, positive values for {@code names}. */
    static void requireModel(FitReport report, String model, List<String> names) {
        if (!report.model().equals(model)) {
            throw new IllegalArgumentException("expected a fit report of model '" + model + "', found one of '" + report.model() + "'");
        }
        for (String name : names) {
            double v = report.parameter(name);
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(model + " parameter '" + name + "' must be finite and positive, found " + v);
            }
        }
    }
}
