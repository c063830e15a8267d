package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import java.util.Set;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis"; Fader and Hardie 2013, "The Gamma-Gamma model of
 * monetary value"): a customer's transaction values are Gamma(p, ν) around their own mean p/ν,
 * and ν ~ Gamma(q, γ) across customers. {@link #fit} maximises the exact likelihood
 * ({@link GammaGammaLikelihood}) on the repeat buyers with its analytic gradient. The expected
 * mean transaction value of a customer is the posterior mean
 * <pre>
 * E[M | x, m_x] = (γ + x m_x) p / (p x + q - 1)
 *               = (q-1)/(px+q-1) · pγ/(q-1) + px/(px+q-1) · m_x
 * </pre>
 * a weighted average of the population mean pγ/(q-1) and the customer's own mean; it needs q &gt; 1.
 */
public final class GammaGamma {
    public static final String MODEL = "gamma_gamma";
    public static final String VERSION = "gammagamma-2";
    static final List<String> PARAMETERS = List.of("p", "q", "gamma");
    private static final Set<String> SHAPES = Set.of("p", "q");
    private static final int MIN_REPEAT_BUYERS = 10;

    private final FitReport report;
    private final double p;
    private final double q;
    private final double gamma;

    private GammaGamma(FitReport report) {
        this.report = report;
        this.p = report.parameter("p");
        this.q = report.parameter("q");
        this.gamma = report.parameter("gamma");
    }

    /**
     * Fits the model to customers given as one flat array x0, m0, weight0, x1, ..., where m is the
     * mean value of the x repeat purchases. Customers with x = 0 or m = 0 are left out (the
     * report's {@code customers} counts those used); identical rows are merged before fitting.
     * The fit is deterministic: it starts from p = 1, q = 2 and γ = the mean spend, so that
     * pγ/(q-1) starts at the observed mean.
     *
     * @throws AnalyticsException when a row is invalid (the message names it)
     * @throws ModelFitException when fewer than 10 repeat buyers remain or the fit fails, as when
     *                           every buyer spends the same
     */
    public static FitReport fit(double[] xMeanWeight) {
        Spends d = Spends.compress(xMeanWeight);
        if (d.buyers < MIN_REPEAT_BUYERS) {
            throw new ModelFitException(MODEL, "Gamma-Gamma needs at least " + MIN_REPEAT_BUYERS
                    + " repeat buyers with a positive mean spend to fit; the data has " + (long) d.buyers);
        }
        double[] start = {1, 2, d.meanSpend()};
        return MaximumLikelihood.fit(MODEL, "Gamma-Gamma", VERSION, PARAMETERS, SHAPES, (theta, g) -> GammaGammaLikelihood.at(d, theta, g), start,
                d.buyers);
    }

    /** As {@link #fit(double[])}, from one summary per customer (x, meanValue and weight are read). */
    public static FitReport fit(List<RfmSummary> customers) {
        return fit(Spends.flatten(customers));
    }

    /**
     * The model a Gamma-Gamma fit describes.
     *
     * @throws AnalyticsException when q &le; 1: the mean spend is then infinite and nothing can be predicted
     */
    public static GammaGamma of(FitReport report) {
        FitReport.requireModel(report, MODEL, PARAMETERS);
        if (report.parameter("q") <= 1) {
            throw new AnalyticsException("Gamma-Gamma with q = " + report.parameter("q")
                    + " has no finite mean spend (q must be above 1) and cannot predict values");
        }
        return new GammaGamma(report);
    }

    public FitReport report() {
        return report;
    }

    /** pγ/(q-1): the expected mean transaction value of a customer we know nothing about. */
    public double populationMean() {
        return p * gamma / (q - 1);
    }

    /** E[M | x, m_x]; the population mean for customers without repeat purchases or spend. */
    public double expectedAverageValue(RfmSummary c) {
        if (c.x() == 0 || c.meanValue() <= 0) {
            return populationMean();
        }
        return p * (gamma + c.x() * c.meanValue()) / (p * c.x() + q - 1);
    }
}
