package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.gamma.LogGamma;
import org.junit.jupiter.api.Test;

class ParetoNbdFitTest {
    private static final RfmSummary[] SOME_CUSTOMERS = {
        new RfmSummary(2, 30.43, 38.86, 0, 1), new RfmSummary(0, 0, 38.86, 0, 1), new RfmSummary(9, 35.5, 36.0, 0, 1),
        new RfmSummary(1, 1.71, 32.0, 0, 1), new RfmSummary(4, 12.0, 12.0, 0, 1)};

    @Test
    void reproduces_the_published_parameters_on_the_cdnow_sample() {
        FitReport fit = ParetoNbd.fit(CdnowSample.histories());

        // Fader, Hardie and Lee (2005): r = 0.553, alpha = 10.58, s = 0.606, beta = 11.66; LL about -9595.0
        assertThat(fit.parameter("r")).isCloseTo(0.553, within(0.0005));
        assertThat(fit.parameter("alpha")).isCloseTo(10.58, within(0.005));
        assertThat(fit.parameter("s")).isCloseTo(0.606, within(0.0005));
        assertThat(fit.parameter("beta")).isCloseTo(11.66, within(0.01));
        assertThat(fit.logLikelihood()).isCloseTo(-9595.0, within(0.05));
        // to more digits, as found independently (SciPy hyp2f1 and BFGS on the same file): beta = 11.6679
        assertThat(fit.parameter("r")).isCloseTo(0.55328, within(2e-5));
        assertThat(fit.parameter("alpha")).isCloseTo(10.5776, within(2e-4));
        assertThat(fit.parameter("s")).isCloseTo(0.60621, within(2e-5));
        assertThat(fit.parameter("beta")).isCloseTo(11.6679, within(2e-4));
        assertThat(fit.logLikelihood()).isCloseTo(-9594.9739, within(1e-4));
        assertThat(fit.model()).isEqualTo("pareto_nbd");
        assertThat(fit.algorithmVersion()).isEqualTo(ParetoNbd.VERSION);
        assertThat(fit.customers()).isEqualTo(2_357);
    }

    @Test
    void the_analytic_gradient_matches_central_differences_in_both_hypergeometric_branches() {
        Histories cdnow = Histories.compress(CdnowSample.histories());
        double[][] points = {{0.553, 10.58, 0.606, 11.66}, {0.5, 8.0, 0.7, 12.0}, {0.5, 12.0, 0.7, 8.0}, {1.5, 40.0, 0.3, 2.0}, {0.9, 5.0, 1.0, 5.0}};
        for (double[] theta : points) {
            Gradients.assertMatchCentralDifferences((t, g) -> ParetoNbdLikelihood.at(cdnow, t, g), theta, ParetoNbd.PARAMETERS);
        }
    }

    @Test
    void the_likelihood_matches_an_integral_over_the_time_of_death_in_both_branches() {
        double[][] points = {{0.553, 10.58, 0.606, 11.66}, {0.553, 11.66, 0.606, 10.58}, {2.0, 1.0, 0.4, 30.0}, {0.7, 30.0, 1.3, 0.5}};
        for (double[] theta : points) {
            for (RfmSummary c : SOME_CUSTOMERS) {
                double code = ParetoNbdLikelihood.at(Histories.compress(new double[] {c.x(), c.tx(), c.age(), 1}), theta, null);
                assertThat(code).as("%s at r, alpha, s, beta = %s", c, java.util.Arrays.toString(theta))
                        .isCloseTo(byIntegration(c, theta), within(1e-9));
            }
        }
    }

    @Test
    void too_few_repeat_buyers_is_a_plain_error() {
        double[] rows = {0, 0, 10, 500, 2, 3, 10, 9};

        assertThatThrownBy(() -> ParetoNbd.fit(rows)).isInstanceOf(ModelFitException.class)
                .hasMessage("Pareto/NBD needs at least 10 customers with repeat purchases to fit; the data has 9 of 509");
    }

    /** ln of the part of L that says the customer is alive at T. */
    static double logStay(RfmSummary c, double[] theta) {
        double r = theta[0];
        double s = theta[2];
        int x = c.x();
        return LogGamma.value(r + x) - LogGamma.value(r) + r * Math.log(theta[1]) + s * Math.log(theta[3])
                - (r + x) * Math.log(theta[1] + c.age()) - s * Math.log(theta[3] + c.age());
    }

    /**
     * ln L from the model's story: alive at T, or dead at some τ in (t_x, T]; with λ and μ
     * integrated in closed form, only the integral over τ is left, done numerically:
     * L = Γ(r+x) α^r β^s / Γ(r) [(α+T)^-(r+x) (β+T)^-s + s ∫ (α+τ)^-(r+x) (β+τ)^-(s+1) dτ].
     */
    static double byIntegration(RfmSummary c, double[] theta) {
        double r = theta[0];
        double alpha = theta[1];
        double s = theta[2];
        double beta = theta[3];
        int x = c.x();
        double head = LogGamma.value(r + x) - LogGamma.value(r) + r * Math.log(alpha) + s * Math.log(beta);
        double stay = Math.pow(alpha + c.age(), -(r + x)) * Math.pow(beta + c.age(), -s);
        double leave = c.age() > c.tx()
                ? s * Quadrature.integrate(tau -> Math.pow(alpha + tau, -(r + x)) * Math.pow(beta + tau, -(s + 1)), c.tx(), c.age(), 1e-13)
                : 0;
        return head + Math.log(stay + leave);
    }
}
