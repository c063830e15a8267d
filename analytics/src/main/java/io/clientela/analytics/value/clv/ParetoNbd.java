package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import java.util.Set;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987, "Counting your customers: who are
 * they and what will they do next?", Management Science 33(1)): while alive, a customer buys at a
 * Poisson rate λ ~ Gamma(r, α) and has an exponential lifetime with rate μ ~ Gamma(s, β).
 * {@link #fit} maximises the exact likelihood ({@link ParetoNbdLikelihood}) with its analytic
 * gradient, the hypergeometric function's parameter derivatives summed alongside its series.
 *
 * <p>Predictions (Fader and Hardie 2005, "A note on deriving the Pareto/NBD model and related
 * expressions", sections on P(alive) and conditional expectations):
 * <pre>
 * P(alive)      = e^stay / (e^stay + e^leave)                  (see ParetoNbdLikelihood)
 * E[Y(t) | ...] = (r+x)(β+T) / ((α+T)(s-1)) [1 - ((β+T)/(β+T+t))^(s-1)] P(alive)
 * E[X(t)]       = rβ / (α(s-1)) [1 - (β/(β+t))^(s-1)]
 * </pre>
 * with [1 - (β/(β+t))^(s-1)]/(s-1) evaluated as -expm1(-(s-1) ln(1+t/β))/(s-1), which is accurate
 * near s = 1 and equals its limit ln(1 + t/β) at s = 1.
 */
public final class ParetoNbd implements PurchaseModel {
    public static final String MODEL = "pareto_nbd";
    public static final String VERSION = "paretonbd-2";
    static final List<String> PARAMETERS = List.of("r", "alpha", "s", "beta");
    private static final Set<String> SHAPES = Set.of("r", "s");
    private static final int MIN_REPEAT_BUYERS = 10;

    private final FitReport report;
    private final double r;
    private final double alpha;
    private final double s;
    private final double beta;

    private ParetoNbd(FitReport report) {
        this.report = report;
        this.r = report.parameter("r");
        this.alpha = report.parameter("alpha");
        this.s = report.parameter("s");
        this.beta = report.parameter("beta");
    }

    /**
     * Fits the model to customers given as one flat array x0, t_x0, T0, weight0, x1, ... (weight =
     * how many customers share the row); identical rows are merged before fitting.
     * The fit is deterministic: it starts from r = s = 1 and α = β = ΣT/Σx, the observed time per
     * repeat purchase, so that the start follows the data's unit of time.
     *
     * @throws AnalyticsException when a row is not a purchase history
     * @throws ModelFitException when fewer than 10 customers have repeat purchases or the fit fails
     */
    public static FitReport fit(double[] xTxTWeight) {
        Histories h = Histories.compress(xTxTWeight);
        if (h.repeatBuyers < MIN_REPEAT_BUYERS) {
            throw new ModelFitException(MODEL, "Pareto/NBD needs at least " + MIN_REPEAT_BUYERS
                    + " customers with repeat purchases to fit; the data has " + (long) h.repeatBuyers + " of " + (long) h.customers);
        }
        double[] start = {1, h.timePerPurchase(), 1, h.timePerPurchase()};
        return MaximumLikelihood.fit(MODEL, "Pareto/NBD", VERSION, PARAMETERS, SHAPES, (theta, g) -> ParetoNbdLikelihood.at(h, theta, g), start,
                h.customers);
    }

    /** As {@link #fit(double[])}, from one summary per customer (or group of identical customers). */
    public static FitReport fit(List<RfmSummary> customers) {
        return fit(Histories.flatten(customers));
    }

    /** The model a Pareto/NBD fit describes. */
    public static ParetoNbd of(FitReport report) {
        FitReport.requireModel(report, MODEL, PARAMETERS);
        return new ParetoNbd(report);
    }

    @Override
    public FitReport report() {
        return report;
    }

    @Override
    public double probabilityAlive(RfmSummary c) {
        double[] parts = new double[5];
        double mix = ParetoNbdLikelihood.mixture(c.x(), c.tx(), c.age(), r, alpha, s, beta, parts, new double[ParetoNbdLikelihood.SCRATCH]);
        if (Double.isNaN(mix)) {
            throw new AnalyticsException("Pareto/NBD P(alive) could not be evaluated for x = " + c.x() + ", t_x = " + c.tx()
                    + ", T = " + c.age() + " (the hypergeometric series did not converge)");
        }
        return parts[4];
    }

    @Override
    public double expectedPurchases(double t) {
        requireHorizon(t);
        return r * beta / alpha * shrink(s - 1, Math.log1p(t / beta));
    }

    @Override
    public double conditionalExpectedPurchases(RfmSummary c, double t) {
        requireHorizon(t);
        double beyond = beta + c.age();
        return (r + c.x()) * beyond / (alpha + c.age()) * shrink(s - 1, Math.log1p(t / beyond)) * probabilityAlive(c);
    }

    /** (1 - e^(-kL)) / k, and its limit L at k = 0. */
    private static double shrink(double k, double logRatio) {
        return k == 0 ? logRatio : -Math.expm1(-k * logRatio) / k;
    }

    private static void requireHorizon(double t) {
        if (!(t >= 0 && t < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the forecast horizon t must be a finite time of 0 or more, not " + t);
        }
    }
}
