package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdTest {
    private static final List<RfmSummary> CDNOW = CdnowSample.customers();

    @Test
    void reproduces_the_published_parameters_on_the_cdnow_sample() {
        assertThat(CDNOW).hasSize(2_357);
        FitReport fit = BgNbd.fit(CDNOW);
        // Fader, Hardie and Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4
        assertThat(fit.parameter("r")).isCloseTo(0.243, within(0.0005));
        assertThat(fit.parameter("alpha")).isCloseTo(4.414, within(0.005));
        assertThat(fit.parameter("a")).isCloseTo(0.793, within(0.0005));
        assertThat(fit.parameter("b")).isCloseTo(2.426, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(fit.converged()).isTrue();
        assertThat(fit.algorithmVersion()).isEqualTo(BgNbd.VERSION);
    }

    @Test
    void the_analytic_gradient_matches_finite_differences() {
        double[] theta = {0.3, 5.0, 0.7, 2.1};
        double[] analytic = new double[4];
        BgNbd.logLikelihood(CDNOW, theta, analytic);
        for (int i = 0; i < 4; i++) {
            double h = 1e-6 * theta[i];
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (BgNbd.logLikelihood(CDNOW, up, null) - BgNbd.logLikelihood(CDNOW, down, null)) / (2 * h);
            assertThat(analytic[i]).as("d/d" + BgNbd.PARAMETERS.get(i)).isCloseTo(numeric, within(Math.abs(numeric) * 1e-5 + 1e-4));
        }
    }

    @Test
    void a_customer_without_repeat_purchases_is_alive_and_alive_probability_falls_with_silence() {
        FitReport fit = BgNbd.fit(CDNOW);
        assertThat(BgNbd.probabilityAlive(fit, new RfmSummary(0, 0, 38, 0, 1))).isEqualTo(1.0);
        double recent = BgNbd.probabilityAlive(fit, new RfmSummary(2, 36, 38, 20, 1));
        double silent = BgNbd.probabilityAlive(fit, new RfmSummary(2, 5, 38, 20, 1));
        assertThat(recent).isGreaterThan(silent).isBetween(0.0, 1.0);
        // by hand: 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x))
        double expected = 1 / (1 + 0.793 / (2.426 + 1) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2));
        assertThat(BgNbd.probabilityAlive(fit, new RfmSummary(2, 30.43, 38.86, 22.35, 1))).isCloseTo(expected, within(1e-3));
    }

    @Test
    void says_plainly_when_the_data_cannot_support_a_fit() {
        List<RfmSummary> noRepeat = List.of(new RfmSummary(0, 0, 10, 0, 500), new RfmSummary(1, 3, 10, 5, 3));
        assertThatThrownBy(() -> BgNbd.fit(noRepeat)).isInstanceOf(AnalyticsException.class)
                .hasMessageContaining("at least 10 customers with repeat purchases").hasMessageContaining("has 3 of 503");
    }

    @Test
    void weights_are_the_same_as_repeated_rows() {
        List<RfmSummary> twice = new java.util.ArrayList<>(CDNOW);
        twice.addAll(CDNOW);
        List<RfmSummary> weighted = CDNOW.stream().map(c -> new RfmSummary(c.x(), c.tx(), c.age(), c.meanValue(), 2)).toList();
        double[] theta = {0.3, 5.0, 0.7, 2.1};
        assertThat(BgNbd.logLikelihood(weighted, theta, null)).isCloseTo(BgNbd.logLikelihood(twice, theta, null), within(1e-6));
    }
}
