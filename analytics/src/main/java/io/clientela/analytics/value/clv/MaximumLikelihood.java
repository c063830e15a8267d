package io.clientela.analytics.value.clv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maximises a log-likelihood over positive parameters with {@link Bfgs} in log-parameter space
 * (θ = exp(φ), so ∂ℓ/∂φ = θ ∂ℓ/∂θ), from a starting point the model derives from the data, and
 * writes the {@link FitReport}.
 *
 * <p>When the likelihood keeps rising towards the edge of the parameter space (the mixing
 * distributions degenerate: all customers alike, or nobody ever leaving), the optimiser stops on
 * a flat slope far out. A shape parameter outside [10^-6, 10^6] is taken as that case and
 * reported as a failed fit; scale parameters depend on the units of time and money and are not
 * bounded.
 */
final class MaximumLikelihood {
    static final int MAX_ITERATIONS = 1_000;
    static final double SHAPE_LIMIT = 1e6;
    private static final double GRADIENT_TOLERANCE = 1e-9;

    /** A log-likelihood at θ that writes its gradient with respect to θ into {@code gradient}. */
    @FunctionalInterface
    interface LogLikelihood {
        double at(double[] theta, double[] gradient);
    }

    private MaximumLikelihood() {
    }

    /**
     * Fits {@code ll} over the parameters {@code names} from {@code start} (θ, not ln θ); those in
     * {@code shapes} are unit-free shape parameters and must end within [1/SHAPE_LIMIT, SHAPE_LIMIT].
     */
    static FitReport fit(String model, String title, String version, List<String> names, Set<String> shapes, LogLikelihood ll, double[] start,
                         double customers) {
        int n = names.size();
        double[] gradient = new double[n];
        if (!Double.isFinite(ll.at(start, gradient))) {
            throw new ModelFitException(model, title + " cannot be fitted: its log-likelihood is not finite at the starting point "
                    + describe(names, start));
        }
        double[] logStart = new double[n];
        for (int i = 0; i < n; i++) {
            logStart[i] = Math.log(start[i]);
        }
        Bfgs.Result r = Bfgs.minimise(phi -> {
            double[] theta = exp(phi);
            double[] g = new double[n];
            double value = ll.at(theta, g);
            for (int i = 0; i < n; i++) {
                g[i] = -g[i] * theta[i];
            }
            return new Bfgs.Evaluation(-value, g);
        }, logStart, GRADIENT_TOLERANCE, MAX_ITERATIONS);
        double[] theta = exp(r.x());
        if (!r.converged()) {
            throw new ModelFitException(model, title + " did not converge after " + r.iterations() + " iterations (last at "
                    + describe(names, theta) + "); the data may not follow the model");
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            boolean shape = shapes.contains(names.get(i));
            if (!(theta[i] > 0 && theta[i] < Double.POSITIVE_INFINITY) || shape && (theta[i] < 1 / SHAPE_LIMIT || theta[i] > SHAPE_LIMIT)) {
                throw new ModelFitException(model, title + " has no finite maximum for these data: the estimates run off towards 0 or infinity ("
                        + describe(names, theta) + "); the data may not follow the model");
            }
            parameters.put(names.get(i), theta[i]);
        }
        return new FitReport(model, version, parameters, -r.value(), r.iterations(), true, customers);
    }

    private static String describe(List<String> names, double[] theta) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < theta.length; i++) {
            s.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append((float) theta[i]);
        }
        return s.toString();
    }

    private static double[] exp(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.exp(v[i]);
        }
        return out;
    }
}
