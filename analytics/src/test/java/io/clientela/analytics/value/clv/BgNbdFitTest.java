package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.clientela.analytics.AnalyticsException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdFitTest {

    @Test
    void reproduces_the_published_parameters_on_the_cdnow_sample() {
        double[] cdnow = CdnowSample.histories();

        FitReport fit = BgNbd.fit(cdnow);

        // Fader, Hardie and Lee (2005), table 1: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4
        assertThat(fit.parameter("r")).isCloseTo(0.243, within(0.0005));
        assertThat(fit.parameter("alpha")).isCloseTo(4.414, within(0.0005));
        assertThat(fit.parameter("a")).isCloseTo(0.793, within(0.0005));
        assertThat(fit.parameter("b")).isCloseTo(2.426, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(fit.model()).isEqualTo("bgnbd");
        assertThat(fit.algorithmVersion()).isEqualTo(BgNbd.VERSION);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.customers()).isEqualTo(2_357);
        assertThat(fit.parameters().keySet()).containsExactly("r", "alpha", "a", "b");
    }

    @Test
    void the_analytic_gradient_matches_central_differences() {
        Histories cdnow = Histories.compress(CdnowSample.histories());
        for (double[] theta : new double[][] {{0.3, 5.0, 0.7, 2.1}, {0.243, 4.414, 0.793, 2.426}, {2.0, 0.5, 3.0, 0.8}}) {
            Gradients.assertMatchCentralDifferences((t, g) -> BgNbdLikelihood.at(cdnow, t, g), theta, BgNbd.PARAMETERS);
        }
    }

    @Test
    void weights_count_as_repeated_rows() {
        List<RfmSummary> cdnow = CdnowSample.customers();
        List<RfmSummary> twice = new ArrayList<>(cdnow);
        twice.addAll(cdnow);
        List<RfmSummary> doubled = cdnow.stream().map(c -> new RfmSummary(c.x(), c.tx(), c.age(), c.meanValue(), 2)).toList();
        double[] theta = {0.3, 5.0, 0.7, 2.1};

        double fromWeights = BgNbdLikelihood.at(Histories.compress(Histories.flatten(doubled)), theta, null);
        double fromRows = BgNbdLikelihood.at(Histories.compress(Histories.flatten(twice)), theta, null);

        assertThat(fromWeights).isCloseTo(fromRows, within(1e-8));
        assertThat(BgNbd.fit(doubled).parameters()).isEqualTo(BgNbd.fit(twice).parameters());
    }

    @Test
    void the_grouped_likelihood_equals_the_sum_of_the_customers_own_likelihoods() {
        List<RfmSummary> cdnow = CdnowSample.customers();
        double r = 0.3;
        double alpha = 5.0;
        double a = 0.7;
        double b = 2.1;
        double sum = 0;
        for (RfmSummary c : cdnow) {
            // equation 6, term by term
            double a1 = lgamma(r + c.x()) - lgamma(r) + r * Math.log(alpha);
            double a2 = lgamma(a + b) + lgamma(b + c.x()) - lgamma(b) - lgamma(a + b + c.x());
            double a3 = Math.pow(alpha + c.age(), -(r + c.x()));
            double a4 = c.x() > 0 ? a / (b + c.x() - 1) * Math.pow(alpha + c.tx(), -(r + c.x())) : 0;
            sum += a1 + a2 + Math.log(a3 + a4);
        }

        assertThat(BgNbdLikelihood.at(Histories.compress(CdnowSample.histories()), new double[] {r, alpha, a, b}, null)).isCloseTo(sum, within(1e-7));
    }

    @Test
    void the_list_and_the_array_give_the_same_fit() {
        assertThat(BgNbd.fit(CdnowSample.customers())).isEqualTo(BgNbd.fit(CdnowSample.histories()));
    }

    @Test
    void too_few_repeat_buyers_is_a_plain_error() {
        double[] rows = {0, 0, 10, 500, 1, 3, 10, 3};

        assertThatThrownBy(() -> BgNbd.fit(rows)).isInstanceOf(ModelFitException.class)
                .hasMessage("BG/NBD needs at least 10 customers with repeat purchases to fit; the data has 3 of 503")
                .extracting(e -> ((ModelFitException) e).model()).isEqualTo("bgnbd");
    }

    @Test
    void customers_without_repeat_purchases_only_is_a_plain_error() {
        double[] rows = {0, 0, 10, 500, 0, 0, 20, 300};

        assertThatThrownBy(() -> BgNbd.fit(rows)).isInstanceOf(ModelFitException.class).hasMessageContaining("the data has 0 of 800");
    }

    @Test
    void a_missing_value_is_rejected_before_fitting_with_its_row() {
        double[] rows = CdnowSample.histories();
        rows[4 * 99 + 1] = Double.NaN;

        assertThatThrownBy(() -> BgNbd.fit(rows)).isInstanceOf(AnalyticsException.class)
                .hasMessage("customer history 100, field 't_x': expected a time between 0 and T = 38.29, found NaN");
    }

    @Test
    void data_without_dropout_has_no_finite_maximum_and_says_so() {
        // every customer bought steadily until the very end: nothing suggests anyone left, a -> 0
        double[] rows = new double[4 * 50];
        for (int i = 0; i < 50; i++) {
            int x = 5 + i % 7;
            rows[4 * i] = x;
            rows[4 * i + 1] = 52;
            rows[4 * i + 2] = 52;
            rows[4 * i + 3] = 1;
        }

        assertThatThrownBy(() -> BgNbd.fit(rows)).isInstanceOf(ModelFitException.class).hasMessageStartingWith("BG/NBD ");
    }

    private static double lgamma(double v) {
        return org.apache.commons.numbers.gamma.LogGamma.value(v);
    }
}
