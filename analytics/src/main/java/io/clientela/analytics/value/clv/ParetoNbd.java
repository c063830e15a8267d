package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): Poisson purchasing at rate
 * λ ~ Gamma(r, α) and an exponential lifetime with rate μ ~ Gamma(s, β). The likelihood follows
 * Fader and Hardie (2005), "A note on deriving the Pareto/NBD model and related expressions",
 * equations (22)-(24), with the Gauss hypergeometric function evaluated by its series in the
 * branch (α ≥ β or α &lt; β) that keeps its argument in [0, 1).
 *
 * <p>The gradient is a central difference of the exact log-likelihood (relative step 1e-6):
 * the derivatives of 2F1 with respect to its parameters have no closed form cheap enough to be
 * worth it here. BG/NBD and Gamma-Gamma use analytic gradients.
 */
public final class ParetoNbd {
    public static final String VERSION = "paretonbd-1";
    private static final int MIN_REPEAT_BUYERS = 10;

    private ParetoNbd() {
    }

    public static FitReport fit(List<RfmSummary> customers) {
        double n = customers.stream().mapToDouble(RfmSummary::weight).sum();
        double repeat = customers.stream().filter(c -> c.x() > 0).mapToDouble(RfmSummary::weight).sum();
        if (repeat < MIN_REPEAT_BUYERS) {
            throw new AnalyticsException("Pareto/NBD needs at least " + MIN_REPEAT_BUYERS + " customers with repeat purchases to fit; the data has "
                    + (long) repeat + " of " + (long) n);
        }
        Bfgs.Result r = Bfgs.minimise(logTheta -> {
            double value = -logLikelihood(customers, exp(logTheta));
            double[] g = new double[4];
            for (int i = 0; i < 4; i++) {
                double h = 1e-6;
                double[] up = logTheta.clone();
                double[] down = logTheta.clone();
                up[i] += h;
                down[i] -= h;
                g[i] = (-logLikelihood(customers, exp(up)) + logLikelihood(customers, exp(down))) / (2 * h);
            }
            return new Bfgs.Evaluation(value, g);
        }, new double[] {0, 0, 0, 0}, 1e-7, 500);
        double[] p = exp(r.x());
        if (!r.converged()) {
            throw new AnalyticsException("Pareto/NBD did not converge after " + r.iterations() + " iterations (r=" + p[0] + ", alpha=" + p[1]
                    + ", s=" + p[2] + ", beta=" + p[3] + "); the data may not follow the model");
        }
        return new FitReport("pareto_nbd", VERSION, Map.of("r", p[0], "alpha", p[1], "s", p[2], "beta", p[3]), -r.value(), r.iterations(), true, n);
    }

    /** The log-likelihood at (r, α, s, β). */
    static double logLikelihood(List<RfmSummary> customers, double[] theta) {
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        double lgR = LogGamma.value(r);
        double total = 0;
        for (RfmSummary c : customers) {
            int x = c.x();
            double rsx = r + s + x;
            double head = LogGamma.value(r + x) - lgR + r * Math.log(alpha) + s * Math.log(beta);
            double stays = -(r + x) * Math.log(alpha + c.age()) - s * Math.log(beta + c.age());
            double atTx;
            double atT;
            if (alpha >= beta) {
                atTx = logHyp(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + c.tx())) - rsx * Math.log(alpha + c.tx());
                atT = logHyp(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + c.age())) - rsx * Math.log(alpha + c.age());
            } else {
                atTx = logHyp(rsx, r + x, rsx + 1, (beta - alpha) / (beta + c.tx())) - rsx * Math.log(beta + c.tx());
                atT = logHyp(rsx, r + x, rsx + 1, (beta - alpha) / (beta + c.age())) - rsx * Math.log(beta + c.age());
            }
            double logA0 = c.age() > c.tx() ? atTx + Math.log1p(-Math.exp(atT - atTx)) : Double.NEGATIVE_INFINITY;
            double leaves = Math.log(s / rsx) + logA0;
            double max = Math.max(stays, leaves);
            total += c.weight() * (head + max + Math.log(Math.exp(stays - max) + Math.exp(leaves - max)));
        }
        return total;
    }

    /** ln 2F1(a, b; c; z) for 0 ≤ z &lt; 1 by its power series, summed until the terms vanish. */
    static double logHyp(double a, double b, double c, double z) {
        if (z < 0 || z >= 1) {
            throw new AnalyticsException("the Pareto/NBD likelihood met a hypergeometric argument outside [0, 1): " + z);
        }
        double term = 1;
        double sum = 1;
        for (int k = 0; k < 100_000; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.abs(term) < 1e-15 * Math.abs(sum)) {
                return Math.log(sum);
            }
        }
        throw new AnalyticsException("the hypergeometric series of the Pareto/NBD likelihood did not converge (z = " + z + ")");
    }

    private static double[] exp(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.exp(v[i]);
        }
        return out;
    }
}
