package io.clientela.analytics.value.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The BG/NBD log-likelihood (Fader, Hardie and Lee 2005, equation 6) and its analytic gradient.
 * Per customer,
 * <pre>
 * ℓ = ln Γ(r+x) - ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x) - ln Γ(b) - ln Γ(a+b+x)
 *     - (r+x) ln(α+T) + 1{x&gt;0} softplus(L),
 * L = ln a - ln(b+x-1) + (r+x) [ln(α+T) - ln(α+t_x)],      softplus(L) = ln(1 + e^L)
 * </pre>
 * which is equation 6 with (α+T)^-(r+x) taken out of the bracket. Its derivatives are
 * <pre>
 * ∂ℓ/∂r = ψ(r+x) - ψ(r) + ln α - ln(α+T) + σ [ln(α+T) - ln(α+t_x)]
 * ∂ℓ/∂α = r/α - (r+x)/(α+T) + σ (r+x) [1/(α+T) - 1/(α+t_x)]
 * ∂ℓ/∂a = ψ(a+b) - ψ(a+b+x) + σ/a
 * ∂ℓ/∂b = ψ(a+b) + ψ(b+x) - ψ(b) - ψ(a+b+x) - σ/(b+x-1)
 * </pre>
 * with σ = 1/(1 + e^-L) (0 when x = 0): the posterior probability that the customer dropped out
 * right after the last purchase. Gamma functions are evaluated once per distinct x, logarithms
 * once per distinct t_x and T; only the softplus term is computed per (compressed) row.
 */
final class BgNbdLikelihood {
    private BgNbdLikelihood() {
    }

    /** ℓ summed over the histories at θ = (r, α, a, b); the gradient overwrites {@code gradient} when not null. */
    static double at(Histories h, double[] theta, double[] gradient) {
        double r = theta[0];
        double alpha = theta[1];
        double a = theta[2];
        double b = theta[3];
        double lnAlpha = Math.log(alpha);
        double lgR = LogGamma.value(r);
        double lgB = LogGamma.value(b);
        double lgAb = LogGamma.value(a + b);
        double dgR = Digamma.value(r);
        double dgB = Digamma.value(b);
        double dgAb = Digamma.value(a + b);
        double ll = h.customers * r * lnAlpha;
        double gr = h.customers * lnAlpha;
        double gAlpha = h.customers * r / alpha;
        double ga = 0;
        double gb = 0;
        int nx = h.xValues.length;
        double[] logRatio = new double[nx];
        double[] inverse = new double[nx];
        for (int k = 0; k < nx; k++) {
            int x = h.xValues[k];
            double w = h.xWeight[k];
            ll += w * (LogGamma.value(r + x) - lgR + lgAb + LogGamma.value(b + x) - lgB - LogGamma.value(a + b + x));
            if (x > 0) {
                logRatio[k] = Math.log(a) - Math.log(b + x - 1);
                inverse[k] = 1 / (b + x - 1);
            }
            if (gradient != null && x > 0) {
                double dgAbx = Digamma.value(a + b + x);
                gr += w * (Digamma.value(r + x) - dgR);
                ga += w * (dgAb - dgAbx);
                gb += w * (dgAb + Digamma.value(b + x) - dgB - dgAbx);
            }
        }
        double[] lnAge = new double[h.ageValues.length];
        double[] invAge = new double[h.ageValues.length];
        for (int j = 0; j < lnAge.length; j++) {
            lnAge[j] = Math.log(alpha + h.ageValues[j]);
            invAge[j] = 1 / (alpha + h.ageValues[j]);
            double rw = r * h.ageWeight[j] + h.ageXWeight[j];
            ll -= rw * lnAge[j];
            gr -= h.ageWeight[j] * lnAge[j];
            gAlpha -= rw * invAge[j];
        }
        double[] lnTx = new double[h.txValues.length];
        double[] invTx = new double[h.txValues.length];
        for (int j = 0; j < lnTx.length; j++) {
            lnTx[j] = Math.log(alpha + h.txValues[j]);
            invTx[j] = 1 / (alpha + h.txValues[j]);
        }
        double sigmaSum = 0;
        for (int i = 0; i < h.size; i++) {
            int x = h.x[i];
            if (x == 0) {
                continue;
            }
            int k = h.xIndex[i];
            int T = h.ageIndex[i];
            int t = h.txIndex[i];
            double rx = r + x;
            double gap = lnAge[T] - lnTx[t];
            double L = logRatio[k] + rx * gap;
            double e = Math.exp(-Math.abs(L));
            double w = h.weight[i];
            // ln(1 + e) rather than log1p: the absolute error (1e-16) is what the sum sees, and Math.log is an intrinsic
            ll += w * (Math.max(L, 0) + Math.log(1 + e));
            if (gradient != null) {
                double ws = w * (L >= 0 ? 1 / (1 + e) : e / (1 + e));
                gr += ws * gap;
                gAlpha += ws * rx * (invAge[T] - invTx[t]);
                sigmaSum += ws;
                gb -= ws * inverse[k];
            }
        }
        if (gradient != null) {
            gradient[0] = gr;
            gradient[1] = gAlpha;
            gradient[2] = ga + sigmaSum / a;
            gradient[3] = gb;
        }
        return ll;
    }
}
