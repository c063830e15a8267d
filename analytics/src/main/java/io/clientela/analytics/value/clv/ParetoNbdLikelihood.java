package io.clientela.analytics.value.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD log-likelihood in the form of Fader and Hardie (2005), "A note on deriving the
 * Pareto/NBD model and related expressions" (with the Gauss hypergeometric function), and its
 * analytic gradient. Per customer,
 * <pre>
 * ℓ     = ln Γ(r+x) - ln Γ(r) + r ln α + s ln β + ln(e^stay + e^leave)
 * stay  = -(r+x) ln(α+T) - s ln(β+T)                  (alive at T)
 * leave = ln s - ln(r+s+x) + ln(e^G(t_x) - e^G(T))    (died in (t_x, T])
 * G(t)  = ln 2F1(r+s+x, s+1; r+s+x+1; (α-β)/(α+t)) - (r+s+x) ln(α+t)     when α &ge; β,
 * G(t)  = ln 2F1(r+s+x, r+x; r+s+x+1; (β-α)/(β+t)) - (r+s+x) ln(β+t)     when α &lt; β,
 * </pre>
 * the branch that keeps the hypergeometric argument in [0, 1); both give the same function, so
 * ℓ and its gradient are smooth across α = β. Differentiating G needs the derivatives of ln 2F1
 * with respect to its parameters and argument, which {@link Hypergeometric#logWithDerivatives}
 * sums term by term alongside the series itself; the chain rule through a = r+s+x, b = s+1 or
 * r+x, c = a+1 and z gives ∂G/∂(r, α, s, β). The probability of being alive at T is
 * e^stay / (e^stay + e^leave).
 */
final class ParetoNbdLikelihood {
    /** Length of the scratch array {@link #mixture} needs. */
    static final int SCRATCH = 13;
    private static final int TX = 5;
    private static final int AGE = 9;

    private ParetoNbdLikelihood() {
    }

    /** ℓ summed over the histories at θ = (r, α, s, β); the gradient overwrites {@code gradient} when not null. */
    static double at(Histories h, double[] theta, double[] gradient) {
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        double lgR = LogGamma.value(r);
        double dgR = Digamma.value(r);
        double ll = h.customers * (r * Math.log(alpha) + s * Math.log(beta));
        double[] g = new double[4];
        g[0] = h.customers * Math.log(alpha);
        g[1] = h.customers * r / alpha;
        g[2] = h.customers * Math.log(beta);
        g[3] = h.customers * s / beta;
        for (int k = 0; k < h.xValues.length; k++) {
            int x = h.xValues[k];
            ll += h.xWeight[k] * (LogGamma.value(r + x) - lgR);
            g[0] += h.xWeight[k] * (Digamma.value(r + x) - dgR);
        }
        double[] parts = new double[5];
        double[] scratch = new double[SCRATCH];
        for (int i = 0; i < h.size; i++) {
            double w = h.weight[i];
            double mix = mixture(h.x[i], h.tx[i], h.age[i], r, alpha, s, beta, gradient == null ? null : parts, scratch);
            if (Double.isNaN(mix)) {
                return Double.NaN;
            }
            ll += w * mix;
            if (gradient != null) {
                for (int j = 0; j < 4; j++) {
                    g[j] += w * parts[j];
                }
            }
        }
        if (gradient != null) {
            System.arraycopy(g, 0, gradient, 0, 4);
        }
        return ll;
    }

    /**
     * ln(e^stay + e^leave) for one customer; when {@code gradient} is not null its derivatives go
     * to gradient[0..3] and P(alive) = e^stay / (e^stay + e^leave) to gradient[4].
     */
    static double mixture(int x, double tx, double age, double r, double alpha, double s, double beta, double[] gradient, double[] scratch) {
        double rx = r + x;
        double rsx = rx + s;
        double lnAT = Math.log(alpha + age);
        double lnBT = Math.log(beta + age);
        double stay = -rx * lnAT - s * lnBT;
        double leave = Double.NEGATIVE_INFINITY;
        double d0 = 0;
        double d1 = 0;
        double d2 = 0;
        double d3 = 0;
        if (age > tx) {
            double[] w = scratch;
            double gTx = branch(tx, rx, rsx, alpha, s, beta, w, TX);
            double gT = branch(age, rx, rsx, alpha, s, beta, w, AGE);
            if (Double.isNaN(gTx) || Double.isNaN(gT)) {
                return Double.NaN;
            }
            double q = Math.exp(gT - gTx);
            if (q < 1) {
                leave = Math.log(s / rsx) + gTx + Math.log1p(-q);
                double f = 1 / (1 - q);
                d0 = (w[TX] - q * w[AGE]) * f - 1 / rsx;
                d1 = (w[TX + 1] - q * w[AGE + 1]) * f;
                d2 = (w[TX + 2] - q * w[AGE + 2]) * f + 1 / s - 1 / rsx;
                d3 = (w[TX + 3] - q * w[AGE + 3]) * f;
            }
        }
        double max = Math.max(stay, leave);
        double pStay = Math.exp(stay - max);
        double pLeave = Math.exp(leave - max);
        double total = pStay + pLeave;
        if (gradient != null) {
            double ws = pStay / total;
            double wl = pLeave / total;
            gradient[0] = -ws * lnAT + wl * d0;
            gradient[1] = -ws * rx / (alpha + age) + wl * d1;
            gradient[2] = -ws * lnBT + wl * d2;
            gradient[3] = -ws * s / (beta + age) + wl * d3;
            gradient[4] = ws;
        }
        return max + Math.log(total);
    }

    /**
     * G(t) of the class comment; ∂G/∂(r, α, s, β) go to {@code w[at..at+3]}, and w[0..4] is
     * scratch space for the hypergeometric series.
     */
    private static double branch(double t, double rx, double rsx, double alpha, double s, double beta, double[] w, int at) {
        if (alpha >= beta) {
            double base = alpha + t;
            double lnBase = Math.log(base);
            Hypergeometric.logWithDerivatives(rsx, s + 1, rsx + 1, (alpha - beta) / base, w);
            w[at] = w[1] + w[3] - lnBase;
            w[at + 1] = w[4] * (beta + t) / (base * base) - rsx / base;
            w[at + 2] = w[1] + w[2] + w[3] - lnBase;
            w[at + 3] = -w[4] / base;
            return w[0] - rsx * lnBase;
        }
        double base = beta + t;
        double lnBase = Math.log(base);
        Hypergeometric.logWithDerivatives(rsx, rx, rsx + 1, (beta - alpha) / base, w);
        w[at] = w[1] + w[2] + w[3] - lnBase;
        w[at + 1] = -w[4] / base;
        w[at + 2] = w[1] + w[3] - lnBase;
        w[at + 3] = w[4] * (alpha + t) / (base * base) - rsx / base;
        return w[0] - rsx * lnBase;
    }
}
