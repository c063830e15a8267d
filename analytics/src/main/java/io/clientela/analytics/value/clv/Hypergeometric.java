package io.clientela.analytics.value.clv;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for 0 &le; z &lt; 1 by its power series
 * (Abramowitz and Stegun 15.1.1), summed until a geometric bound on the remaining terms falls
 * below double precision. The terms' ratio tends to z, so convergence is geometric; near z = 1 it
 * takes about 37 / (1 - z) terms, and the series gives up after {@link #MAX_TERMS}.
 *
 * <p>{@link #logWithDerivatives} also sums the term-by-term derivatives with respect to a, b, c
 * and z, which is what makes the Pareto/NBD gradient analytic.
 */
final class Hypergeometric {
    static final int MAX_TERMS = 10_000_000;
    private static final double EPSILON = 1e-17;

    private Hypergeometric() {
    }

    /**
     * 2F1(a, b; c; z) for real a, b, c (c not 0, -1, -2, ...) and 0 &le; z &lt; 1; NaN when the
     * series has not converged after {@link #MAX_TERMS} terms.
     */
    static double value(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1) || (c <= 0 && c == Math.rint(c))) {
            return Double.NaN;
        }
        double signChanges = Math.max(0, Math.max(-c, Math.max(-a, -b))) + 1;
        double term = 1;
        double sum = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            if (term == 0 || k > signChanges && tailIsNegligible(Math.abs(term), Math.abs(ratio), z, 0, Math.abs(sum))) {
                return sum;
            }
        }
        return Double.NaN;
    }

    /**
     * ln 2F1(a, b; c; z) for a, b, c &gt; 0 and 0 &le; z &lt; 1, with its partial derivatives:
     * {@code out} receives (ln F, ∂ln F/∂a, ∂ln F/∂b, ∂ln F/∂c, ∂ln F/∂z). All terms are positive, so
     * the sums lose no digits to cancellation. Sets ln F to NaN when the series does not converge.
     */
    static void logWithDerivatives(double a, double b, double c, double z, double[] out) {
        if (z == 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            out[3] = 0;
            out[4] = a * b / c;
            return;
        }
        double term = 1;
        double sum = 1;
        double ha = 0;
        double hb = 0;
        double hc = 0;
        double sa = 0;
        double sb = 0;
        double sc = 0;
        double sz = 0;
        for (int k = 0; k < MAX_TERMS; k++) {
            double ak = 1 / (a + k);
            double bk = 1 / (b + k);
            double ck = 1 / (c + k);
            double ratio = (a + k) * (b + k) * ck / (k + 1) * z;
            ha += ak;
            hb += bk;
            hc += ck;
            term *= ratio;
            sum += term;
            sa += term * ha;
            sb += term * hb;
            sc += term * hc;
            sz += (k + 1) * term;
            if (term == 0 || tailIsNegligible(term, ratio, z, k + 1, sum)) {
                out[0] = Math.log(sum);
                out[1] = sa / sum;
                out[2] = sb / sum;
                out[3] = -sc / sum;
                out[4] = sz / (z * sum);
                return;
            }
        }
        out[0] = Double.NaN;
    }

    /**
     * Whether the terms after {@code term} add less than {@link #EPSILON} of {@code sum}, also when
     * multiplied by their index (the z-derivative): later ratios stay below max(ratio, z), which
     * holds once the ratio moves monotonically towards its limit z.
     */
    private static boolean tailIsNegligible(double term, double ratio, double z, int k, double sum) {
        double rho = Math.max(ratio, z);
        if (rho >= 1) {
            return false;
        }
        double tail = term * rho / (1 - rho) * (k + 1 + 1 / (1 - rho));
        return tail < EPSILON * sum;
    }
}
