package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV";
 * Fader and Hardie 2013): a customer's transaction values are Gamma(p, ν) around their mean, and
 * ν ~ Gamma(q, γ) across customers. Fitted on repeat buyers only, from x and the mean repeat value
 * m_x:
 * <pre>
 * ln L = ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + (px-1) ln m_x + px ln x - (px+q) ln(γ + x m_x)
 * </pre>
 */
public final class GammaGamma {
    public static final String VERSION = "gammagamma-1";
    private static final int MIN_REPEAT_BUYERS = 10;

    private GammaGamma() {
    }

    public static FitReport fit(List<RfmSummary> customers) {
        List<RfmSummary> buyers = customers.stream().filter(c -> c.x() > 0 && c.meanValue() > 0).toList();
        double n = buyers.stream().mapToDouble(RfmSummary::weight).sum();
        if (n < MIN_REPEAT_BUYERS) {
            throw new AnalyticsException("Gamma-Gamma needs at least " + MIN_REPEAT_BUYERS + " repeat buyers with positive spend; the data has "
                    + (long) n);
        }
        Bfgs.Result r = Bfgs.minimise(logTheta -> {
            double[] p = {Math.exp(logTheta[0]), Math.exp(logTheta[1]), Math.exp(logTheta[2])};
            double[] g = new double[3];
            double ll = logLikelihood(buyers, p, g);
            for (int i = 0; i < 3; i++) {
                g[i] = -g[i] * p[i];
            }
            return new Bfgs.Evaluation(-ll, g);
        }, new double[] {0, 0, 0}, 1e-9, 1000);
        if (!r.converged()) {
            throw new AnalyticsException("Gamma-Gamma did not converge after " + r.iterations() + " iterations");
        }
        return new FitReport("gamma_gamma", VERSION, Map.of("p", Math.exp(r.x()[0]), "q", Math.exp(r.x()[1]), "gamma", Math.exp(r.x()[2])),
                -r.value(), r.iterations(), true, n);
    }

    /** The log-likelihood at (p, q, γ) over repeat buyers; adds the gradient into {@code gradient} when not null. */
    static double logLikelihood(List<RfmSummary> buyers, double[] theta, double[] gradient) {
        double p = theta[0];
        double q = theta[1];
        double g = theta[2];
        double lgQ = LogGamma.value(q);
        double dgQ = Digamma.value(q);
        double total = 0;
        for (RfmSummary c : buyers) {
            double x = c.x();
            double m = c.meanValue();
            double w = c.weight();
            double px = p * x;
            double denom = g + x * m;
            total += w * (LogGamma.value(px + q) - LogGamma.value(px) - lgQ + q * Math.log(g) + (px - 1) * Math.log(m) + px * Math.log(x)
                    - (px + q) * Math.log(denom));
            if (gradient != null) {
                double dgPxQ = Digamma.value(px + q);
                gradient[0] += w * x * (dgPxQ - Digamma.value(px) + Math.log(m) + Math.log(x) - Math.log(denom));
                gradient[1] += w * (dgPxQ - dgQ + Math.log(g) - Math.log(denom));
                gradient[2] += w * (q / g - (px + q) / denom);
            }
        }
        return total;
    }

    /** The expected mean transaction value of a customer (Fader, Hardie and Lee 2005, equation 5). */
    public static double expectedAverageValue(FitReport fit, RfmSummary c) {
        double p = fit.parameter("p");
        double q = fit.parameter("q");
        double g = fit.parameter("gamma");
        if (c.x() == 0 || c.meanValue() <= 0) {
            return p * g / (q - 1);
        }
        return (p * (g + c.x() * c.meanValue())) / (p * c.x() + q - 1);
    }
}
