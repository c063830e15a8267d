package io.clientela.analytics.value.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Gamma-Gamma log-likelihood of the mean repeat spend m_x of x transactions (Fader, Hardie and
 * Lee 2005, "RFM and CLV"; Fader and Hardie 2013, "The Gamma-Gamma model of monetary value"): the
 * x amounts are Gamma(p, ν), so their mean is Gamma(px, νx), and ν ~ Gamma(q, γ). Per buyer,
 * <pre>
 * ℓ = ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + (px-1) ln m_x + px ln x - (px+q) ln(γ + x m_x)
 * ∂ℓ/∂p = x [ψ(px+q) - ψ(px) + ln m_x + ln x - ln(γ + x m_x)]
 * ∂ℓ/∂q = ψ(px+q) - ψ(q) + ln γ - ln(γ + x m_x)
 * ∂ℓ/∂γ = q/γ - (px+q)/(γ + x m_x)
 * </pre>
 * Gamma functions are evaluated once per distinct x; per row only ln(γ + x m_x) remains.
 */
final class GammaGammaLikelihood {
    private GammaGammaLikelihood() {
    }

    /** ℓ summed over the buyers at θ = (p, q, γ); the gradient overwrites {@code gradient} when not null. */
    static double at(Spends d, double[] theta, double[] gradient) {
        double p = theta[0];
        double q = theta[1];
        double g = theta[2];
        double lnG = Math.log(g);
        double ll = d.buyers * (q * lnG - LogGamma.value(q)) + p * (d.sumXLogMean + d.sumXLogX) - d.sumLogMean;
        double gp = d.sumXLogMean + d.sumXLogX;
        double gq = d.buyers * (lnG - Digamma.value(q));
        double gg = d.buyers * q / g;
        for (int k = 0; k < d.xValues.length; k++) {
            double px = p * d.xValues[k];
            double w = d.xWeight[k];
            ll += w * (LogGamma.value(px + q) - LogGamma.value(px));
            if (gradient != null) {
                double dg = Digamma.value(px + q);
                gp += w * d.xValues[k] * (dg - Digamma.value(px));
                gq += w * dg;
            }
        }
        for (int i = 0; i < d.size; i++) {
            double x = d.x[i];
            double w = d.weight[i];
            double px = p * x;
            double denominator = g + x * d.mean[i];
            double lnDenominator = Math.log(denominator);
            ll -= w * (px + q) * lnDenominator;
            if (gradient != null) {
                gp -= w * x * lnDenominator;
                gq -= w * lnDenominator;
                gg -= w * (px + q) / denominator;
            }
        }
        if (gradient != null) {
            gradient[0] = gp;
            gradient[1] = gq;
            gradient[2] = gg;
        }
        return ll;
    }
}
