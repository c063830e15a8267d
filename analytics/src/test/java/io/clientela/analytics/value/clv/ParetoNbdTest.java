package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoNbdTest {
    private static final List<RfmSummary> CDNOW = CdnowSample.customers();

    @Test
    void reproduces_the_published_parameters_on_the_cdnow_sample() {
        FitReport fit = ParetoNbd.fit(CDNOW);
        // Fader, Hardie and Lee (2005): r = 0.553, alpha = 10.58, s = 0.606, beta = 11.66 (LL about -9595.0)
        assertThat(fit.parameter("r")).isCloseTo(0.553, within(0.001));
        assertThat(fit.parameter("alpha")).isCloseTo(10.58, within(0.02));
        assertThat(fit.parameter("s")).isCloseTo(0.606, within(0.002));
        assertThat(fit.parameter("beta")).isCloseTo(11.66, within(0.05));
        assertThat(fit.logLikelihood()).isCloseTo(-9595.0, within(0.1));
    }

    @Test
    void the_hypergeometric_series_matches_a_closed_form() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z
        double z = 0.7;
        assertThat(Math.exp(ParetoNbd.logHyp(1, 1, 2, z))).isCloseTo(-Math.log(1 - z) / z, within(1e-12));
    }
}
