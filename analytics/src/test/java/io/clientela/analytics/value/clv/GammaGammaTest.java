package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GammaGammaTest {

    @Test
    void reproduces_the_published_parameters_on_the_946_repeat_buyers() {
        List<RfmSummary> cdnow = CdnowSample.customers();

        FitReport fit = GammaGamma.fit(cdnow);

        // Fader, Hardie and Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, gamma = 15.44
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.parameter("p")).isCloseTo(6.25, within(0.005));
        assertThat(fit.parameter("q")).isCloseTo(3.74, within(0.005));
        assertThat(fit.parameter("gamma")).isCloseTo(15.44, within(0.01));
        // to more digits, as found independently (SciPy Nelder-Mead then BFGS on the same file)
        assertThat(fit.parameter("p")).isCloseTo(6.24880, within(2e-4));
        assertThat(fit.parameter("q")).isCloseTo(3.74459, within(2e-4));
        assertThat(fit.parameter("gamma")).isCloseTo(15.4477, within(1e-3));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.9232, within(1e-4));
        assertThat(fit.model()).isEqualTo("gamma_gamma");
        assertThat(fit.algorithmVersion()).isEqualTo(GammaGamma.VERSION);
    }

    @Test
    void the_analytic_gradient_matches_central_differences() {
        Spends buyers = Spends.compress(Spends.flatten(CdnowSample.customers()));
        for (double[] theta : new double[][] {{5.0, 4.0, 12.0}, {6.25, 3.74, 15.44}, {0.5, 20.0, 300.0}}) {
            Gradients.assertMatchCentralDifferences((t, g) -> GammaGammaLikelihood.at(buyers, t, g), theta, GammaGamma.PARAMETERS);
        }
    }

    @Test
    void expected_value_is_a_weighted_average_of_the_population_mean_and_the_customers_own() {
        GammaGamma model = model(6.25, 3.74, 15.44);
        double population = 6.25 * 15.44 / 2.74;

        assertThat(model.populationMean()).isCloseTo(population, within(1e-12));
        assertThat(model.expectedAverageValue(new RfmSummary(0, 0, 38, 0, 1))).isEqualTo(model.populationMean());
        for (int x : new int[] {1, 3, 20}) {
            double weight = 6.25 * x / (6.25 * x + 3.74 - 1);
            double expected = (1 - weight) * population + weight * 200;
            assertThat(model.expectedAverageValue(new RfmSummary(x, 10, 38, 200, 1))).isCloseTo(expected, within(1e-10));
        }
    }

    @Test
    void the_more_purchases_the_closer_the_expectation_stays_to_the_customers_own_mean() {
        GammaGamma model = model(6.25, 3.74, 15.44);
        double oneHigh = model.expectedAverageValue(new RfmSummary(1, 10, 38, 200, 1));
        double manyHigh = model.expectedAverageValue(new RfmSummary(20, 37, 38, 200, 1));

        assertThat(oneHigh).isBetween(model.populationMean(), 200.0);
        assertThat(manyHigh).isBetween(oneHigh, 200.0);
    }

    @Test
    void identical_spend_everywhere_cannot_be_fitted_and_says_so() {
        double[] rows = new double[3 * 40];
        for (int i = 0; i < 40; i++) {
            rows[3 * i] = 1 + i % 5;
            rows[3 * i + 1] = 20;
            rows[3 * i + 2] = 1;
        }

        assertThatThrownBy(() -> GammaGamma.fit(rows)).isInstanceOf(ModelFitException.class).hasMessageStartingWith("Gamma-Gamma ");
    }

    @Test
    void too_few_repeat_buyers_is_a_plain_error_and_non_buyers_do_not_count() {
        double[] rows = {0, 0, 5000, 2, 30, 9, 3, 0, 4};

        assertThatThrownBy(() -> GammaGamma.fit(rows)).isInstanceOf(ModelFitException.class)
                .hasMessage("Gamma-Gamma needs at least 10 repeat buyers with a positive mean spend to fit; the data has 9");
    }

    @Test
    void a_negative_spend_is_rejected_with_its_row() {
        double[] rows = {2, 30, 1, 1, -4, 1};

        assertThatThrownBy(() -> GammaGamma.fit(rows)).isInstanceOf(AnalyticsException.class)
                .hasMessage("spend history 2, field 'mean spend': expected a finite amount of 0 or more, found -4.0");
    }

    @Test
    void a_fit_without_a_finite_mean_spend_cannot_predict() {
        FitReport report = new FitReport("gamma_gamma", GammaGamma.VERSION, Map.of("p", 2.0, "q", 0.9, "gamma", 10.0), 0, 0, true, 0);

        assertThatThrownBy(() -> GammaGamma.of(report)).isInstanceOf(AnalyticsException.class).hasMessageContaining("q must be above 1");
    }

    static GammaGamma model(double p, double q, double gamma) {
        return GammaGamma.of(new FitReport("gamma_gamma", GammaGamma.VERSION, Map.of("p", p, "q", q, "gamma", gamma), 0, 0, true, 0));
    }
}
