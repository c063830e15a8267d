package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The published CDNOW figures from ../shared/data itself (skipped where that directory is absent). */
class SharedCdnowFileTest {

    @Test
    void the_shared_reference_file_gives_the_published_parameters_of_all_three_models() {
        List<RfmSummary> cdnow = CdnowSample.sharedCustomers();

        FitReport bgNbd = BgNbd.fit(cdnow);
        FitReport paretoNbd = ParetoNbd.fit(cdnow);
        FitReport gammaGamma = GammaGamma.fit(cdnow);

        // Fader, Hardie and Lee (2005), to 3 significant figures
        assertThat(bgNbd.parameter("r")).isCloseTo(0.243, within(0.0005));
        assertThat(bgNbd.parameter("alpha")).isCloseTo(4.41, within(0.005));
        assertThat(bgNbd.parameter("a")).isCloseTo(0.793, within(0.0005));
        assertThat(bgNbd.parameter("b")).isCloseTo(2.43, within(0.005));
        assertThat(bgNbd.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(paretoNbd.parameter("r")).isCloseTo(0.553, within(0.0005));
        assertThat(paretoNbd.parameter("alpha")).isCloseTo(10.6, within(0.05));
        assertThat(paretoNbd.parameter("s")).isCloseTo(0.606, within(0.0005));
        assertThat(paretoNbd.parameter("beta")).isCloseTo(11.7, within(0.05));
        assertThat(paretoNbd.logLikelihood()).isCloseTo(-9595.0, within(0.05));
        assertThat(gammaGamma.parameter("p")).isCloseTo(6.25, within(0.005));
        assertThat(gammaGamma.parameter("q")).isCloseTo(3.74, within(0.005));
        assertThat(gammaGamma.parameter("gamma")).isCloseTo(15.4, within(0.05));
        assertThat(gammaGamma.customers()).isEqualTo(946);
    }
}
