package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import java.util.Set;

/**
 * The BG/NBD model of repeat purchasing (Fader, Hardie and Lee 2005, "Counting your customers the
 * easy way"): while alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase
 * they drop out with probability p ~ Beta(a, b). {@link #fit} maximises the exact likelihood
 * ({@link BgNbdLikelihood}) with its analytic gradient; {@link #of} turns the resulting report back
 * into a model that predicts.
 *
 * <p>Predictions (as derived in the paper and its technical appendix; P(alive) as in Fader,
 * Hardie and Lee 2008, "Computing P(alive) using the BG/NBD model"):
 * <pre>
 * P(alive)      = 1 / (1 + 1{x&gt;0} a/(b+x-1) ((α+T)/(α+t_x))^(r+x))
 * E[Y(t) | ...] = (a+b+x-1)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))] P(alive)
 * E[X(t)]       = E[Y(t) | x = 0, t_x = 0, T = 0]
 * </pre>
 * At a = 1 the expectation is 0/0; within 2·10^-4 of it, it is interpolated linearly between
 * a = 1 ± 2·10^-4 (relative error below 10^-7).
 */
public final class BgNbd implements PurchaseModel {
    public static final String MODEL = "bgnbd";
    public static final String VERSION = "bgnbd-2";
    static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b");
    private static final Set<String> SHAPES = Set.of("r", "a", "b");
    private static final int MIN_REPEAT_BUYERS = 10;
    private static final double NEAR_ONE = 2e-4;

    private final FitReport report;
    private final double r;
    private final double alpha;
    private final double a;
    private final double b;

    private BgNbd(FitReport report) {
        this.report = report;
        this.r = report.parameter("r");
        this.alpha = report.parameter("alpha");
        this.a = report.parameter("a");
        this.b = report.parameter("b");
    }

    /**
     * Fits the model to customers given as one flat array x0, t_x0, T0, weight0, x1, ... (weight =
     * how many customers share the row); identical rows are merged before fitting.
     * The fit is deterministic: it starts from r = a = b = 1 and α = ΣT/Σx, the observed time per
     * repeat purchase, so that the start follows the data's unit of time.
     *
     * @throws AnalyticsException when a row is not a purchase history (the message names it)
     * @throws ModelFitException when fewer than 10 customers have repeat purchases or the fit fails
     */
    public static FitReport fit(double[] xTxTWeight) {
        Histories h = Histories.compress(xTxTWeight);
        if (h.repeatBuyers < MIN_REPEAT_BUYERS) {
            throw new ModelFitException(MODEL, "BG/NBD needs at least " + MIN_REPEAT_BUYERS + " customers with repeat purchases to fit; the data has "
                    + (long) h.repeatBuyers + " of " + (long) h.customers);
        }
        double[] start = {1, h.timePerPurchase(), 1, 1};
        return MaximumLikelihood.fit(MODEL, "BG/NBD", VERSION, PARAMETERS, SHAPES, (theta, g) -> BgNbdLikelihood.at(h, theta, g), start, h.customers);
    }

    /** As {@link #fit(double[])}, from one summary per customer (or group of identical customers). */
    public static FitReport fit(List<RfmSummary> customers) {
        return fit(Histories.flatten(customers));
    }

    /** The model a BG/NBD fit describes. */
    public static BgNbd of(FitReport report) {
        FitReport.requireModel(report, MODEL, PARAMETERS);
        return new BgNbd(report);
    }

    @Override
    public FitReport report() {
        return report;
    }

    @Override
    public double probabilityAlive(RfmSummary c) {
        if (c.x() == 0) {
            return 1;
        }
        double L = Math.log(a / (b + c.x() - 1)) + (r + c.x()) * (Math.log(alpha + c.age()) - Math.log(alpha + c.tx()));
        return L > 0 ? Math.exp(-L) / (1 + Math.exp(-L)) : 1 / (1 + Math.exp(L));
    }

    @Override
    public double expectedPurchases(double t) {
        return expected(a, 0, 0, t);
    }

    @Override
    public double conditionalExpectedPurchases(RfmSummary c, double t) {
        return expected(a, c.x(), c.age(), t) * probabilityAlive(c);
    }

    /** E[Y(t)] of a customer known to be alive at T after x repeat purchases. */
    private double expected(double a, int x, double age, double t) {
        if (!(t >= 0 && t < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the forecast horizon t must be a finite time of 0 or more, not " + t);
        }
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) >= NEAR_ONE) {
            return formula(a, x, age, t);
        }
        double below = formula(1 - NEAR_ONE, x, age, t);
        double above = formula(1 + NEAR_ONE, x, age, t);
        return below + (a - (1 - NEAR_ONE)) / (2 * NEAR_ONE) * (above - below);
    }

    private double formula(double a, int x, double age, double t) {
        double z = t / (alpha + age + t);
        double f = Hypergeometric.value(r + x, b + x, a + b + x - 1, z);
        double u = -(r + x) * Math.log1p(t / (alpha + age));
        double bracket = f > 0 ? -Math.expm1(u + Math.log(f)) : 1 - Math.exp(u) * f;
        double e = (a + b + x - 1) / (a - 1) * bracket;
        if (!Double.isFinite(e)) {
            throw new AnalyticsException("BG/NBD expected purchases could not be evaluated for t = " + t + " after x = " + x + ", T = " + age
                    + " (the hypergeometric series did not converge)");
        }
        return e;
    }
}
