package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaTest {
    private static final List<RfmSummary> CDNOW = CdnowSample.customers();

    @Test
    void reproduces_the_published_parameters_on_the_946_repeat_buyers() {
        assertThat(CDNOW.stream().filter(c -> c.x() > 0).count()).isEqualTo(946);
        FitReport fit = GammaGamma.fit(CDNOW);
        // Fader, Hardie and Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, gamma = 15.44
        assertThat(fit.parameter("p")).isCloseTo(6.25, within(0.01));
        assertThat(fit.parameter("q")).isCloseTo(3.74, within(0.01));
        assertThat(fit.parameter("gamma")).isCloseTo(15.44, within(0.05));
        assertThat(fit.customers()).isEqualTo(946);
    }

    @Test
    void the_analytic_gradient_matches_finite_differences() {
        List<RfmSummary> buyers = CDNOW.stream().filter(c -> c.x() > 0).toList();
        double[] theta = {5.0, 4.0, 12.0};
        double[] analytic = new double[3];
        GammaGamma.logLikelihood(buyers, theta, analytic);
        for (int i = 0; i < 3; i++) {
            double h = 1e-6 * theta[i];
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (GammaGamma.logLikelihood(buyers, up, null) - GammaGamma.logLikelihood(buyers, down, null)) / (2 * h);
            assertThat(analytic[i]).isCloseTo(numeric, within(Math.abs(numeric) * 1e-5 + 1e-4));
        }
    }

    @Test
    void expected_value_shrinks_a_customers_mean_towards_the_population_mean() {
        FitReport fit = GammaGamma.fit(CDNOW);
        double population = GammaGamma.expectedAverageValue(fit, new RfmSummary(0, 0, 38, 0, 1));
        double oneHigh = GammaGamma.expectedAverageValue(fit, new RfmSummary(1, 10, 38, 200, 1));
        double manyHigh = GammaGamma.expectedAverageValue(fit, new RfmSummary(20, 37, 38, 200, 1));
        assertThat(oneHigh).isBetween(population, 200.0);
        assertThat(manyHigh).isBetween(oneHigh, 200.0);
    }
}
