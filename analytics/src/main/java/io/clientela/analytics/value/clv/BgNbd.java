package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The BG/NBD model of repeat purchasing (Fader, Hardie and Lee 2005, "Counting your customers the
 * easy way"): while alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase
 * they drop out with probability p ~ Beta(a, b). The individual log-likelihood (their equation 6,
 * without the constant x! term) is
 * <pre>
 * ln L = ln Γ(r+x) - ln Γ(r) + r ln α + ln B(a, b+x) - ln B(a, b)
 *        + ln[ (α+T)^-(r+x) + 1{x>0} a/(b+x-1) (α+t_x)^-(r+x) ]
 * </pre>
 * and is maximised over (r, α, a, b) with its analytic gradient, in log-parameter space.
 */
public final class BgNbd {
    public static final String VERSION = "bgnbd-1";
    static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b");
    private static final int MIN_REPEAT_BUYERS = 10;

    private BgNbd() {
    }

    /** Fits the model to the customers; fails plainly when the data cannot support a fit. */
    public static FitReport fit(List<RfmSummary> customers) {
        double n = 0;
        double repeat = 0;
        for (RfmSummary c : customers) {
            n += c.weight();
            repeat += c.x() > 0 ? c.weight() : 0;
        }
        if (repeat < MIN_REPEAT_BUYERS) {
            throw new AnalyticsException("BG/NBD needs at least " + MIN_REPEAT_BUYERS + " customers with repeat purchases to fit; the data has "
                    + (long) repeat + " of " + (long) n);
        }
        Bfgs.Result r = Bfgs.minimise(logTheta -> {
            double[] p = exp(logTheta);
            double[] g = new double[4];
            double ll = logLikelihood(customers, p, g);
            for (int i = 0; i < 4; i++) {
                g[i] = -g[i] * p[i];
            }
            return new Bfgs.Evaluation(-ll, g);
        }, new double[] {0, 0, 0, 0}, 1e-9, 500);
        double[] p = exp(r.x());
        if (!r.converged()) {
            throw new AnalyticsException("BG/NBD did not converge after " + r.iterations() + " iterations (r=" + p[0] + ", alpha=" + p[1]
                    + ", a=" + p[2] + ", b=" + p[3] + "); the data may not follow the model");
        }
        return new FitReport("bgnbd", VERSION, Map.of("r", p[0], "alpha", p[1], "a", p[2], "b", p[3]), -r.value(), r.iterations(), true, n);
    }

    /** The log-likelihood at {@code theta} = (r, α, a, b); adds its gradient into {@code gradient} when not null. */
    static double logLikelihood(List<RfmSummary> customers, double[] theta, double[] gradient) {
        double r = theta[0];
        double alpha = theta[1];
        double a = theta[2];
        double b = theta[3];
        double lgR = LogGamma.value(r);
        double dgR = Digamma.value(r);
        double lgB = LogGamma.value(b);
        double dgB = Digamma.value(b);
        double lgAb = LogGamma.value(a + b);
        double dgAb = Digamma.value(a + b);
        double total = 0;
        for (RfmSummary c : customers) {
            int x = c.x();
            double w = c.weight();
            double a1 = LogGamma.value(r + x) - lgR + r * Math.log(alpha);
            double a2 = lgAb + LogGamma.value(b + x) - lgB - LogGamma.value(a + b + x);
            double a3 = -(r + x) * Math.log(alpha + c.age());
            double a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + c.tx()) : Double.NEGATIVE_INFINITY;
            double max = Math.max(a3, a4);
            double s = max + Math.log(Math.exp(a3 - max) + (x > 0 ? Math.exp(a4 - max) : 0));
            total += w * (a1 + a2 + s);
            if (gradient != null) {
                double w3 = Math.exp(a3 - s);
                double w4 = x > 0 ? Math.exp(a4 - s) : 0;
                double dgRx = Digamma.value(r + x);
                double dgAbx = Digamma.value(a + b + x);
                gradient[0] += w * (dgRx - dgR + Math.log(alpha) - w3 * Math.log(alpha + c.age())
                        - (x > 0 ? w4 * Math.log(alpha + c.tx()) : 0));
                gradient[1] += w * (r / alpha - w3 * (r + x) / (alpha + c.age()) - (x > 0 ? w4 * (r + x) / (alpha + c.tx()) : 0));
                gradient[2] += w * (dgAb - dgAbx + (x > 0 ? w4 / a : 0));
                gradient[3] += w * (dgAb + Digamma.value(b + x) - dgB - dgAbx - (x > 0 ? w4 / (b + x - 1) : 0));
            }
        }
        return total;
    }

    /**
     * The probability that a customer with this history is still alive at the end of calibration
     * (Fader, Hardie and Lee 2005, equation 11); 1 for customers without repeat purchases.
     */
    public static double probabilityAlive(FitReport fit, RfmSummary c) {
        if (c.x() == 0) {
            return 1;
        }
        double r = fit.parameter("r");
        double alpha = fit.parameter("alpha");
        double a = fit.parameter("a");
        double b = fit.parameter("b");
        double ratio = a / (b + c.x() - 1) * Math.exp((r + c.x()) * (Math.log(alpha + c.age()) - Math.log(alpha + c.tx())));
        return 1 / (1 + ratio);
    }

    private static double[] exp(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.exp(v[i]);
        }
        return out;
    }
}
