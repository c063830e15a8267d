package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClvTest {
    private static final BgNbd BG_NBD = BgNbdPredictionTest.model(0.243, 4.414, 0.793, 2.426);
    private static final ParetoNbd PARETO_NBD = ParetoNbdPredictionTest.model(0.553, 10.58, 0.606, 11.66);
    private static final GammaGamma SPEND = GammaGammaTest.model(6.25, 3.74, 15.44);
    private static final RfmSummary CUSTOMER_1 = new RfmSummary(2, 30.43, 38.86, 22.35, 1);

    @Test
    void without_discounting_the_value_is_purchases_times_order_value_times_margin() {
        for (PurchaseModel purchases : List.of(BG_NBD, PARETO_NBD)) {
            ClvEstimate e = new Clv(purchases, SPEND, new ClvTerms(12, 4.35, 0, 0.3)).estimate(CUSTOMER_1);

            double purchasesInAYear = purchases.conditionalExpectedPurchases(CUSTOMER_1, 12 * 4.35);
            assertThat(e.expectedPurchases()).isCloseTo(purchasesInAYear, within(1e-12));
            assertThat(e.expectedOrderValue()).isEqualTo(SPEND.expectedAverageValue(CUSTOMER_1));
            assertThat(e.value()).isCloseTo(purchasesInAYear * e.expectedOrderValue() * 0.3, within(1e-10));
            assertThat(e.probabilityAlive()).isEqualTo(purchases.probabilityAlive(CUSTOMER_1));
        }
    }

    @Test
    void each_period_is_discounted_by_its_number() {
        ClvEstimate e = new Clv(BG_NBD, SPEND, new ClvTerms(2, 26, 0.1, 1)).estimate(CUSTOMER_1);

        double first = BG_NBD.conditionalExpectedPurchases(CUSTOMER_1, 26);
        double second = BG_NBD.conditionalExpectedPurchases(CUSTOMER_1, 52) - first;
        double expected = (first / 1.1 + second / (1.1 * 1.1)) * SPEND.expectedAverageValue(CUSTOMER_1);
        assertThat(e.value()).isCloseTo(expected, within(1e-10));
    }

    @Test
    void a_higher_discount_rate_or_a_silent_customer_is_worth_less() {
        double low = new Clv(PARETO_NBD, SPEND, new ClvTerms(36, 4.35, 0.005, 0.3)).estimate(CUSTOMER_1).value();
        double high = new Clv(PARETO_NBD, SPEND, new ClvTerms(36, 4.35, 0.02, 0.3)).estimate(CUSTOMER_1).value();
        double silent = new Clv(PARETO_NBD, SPEND, new ClvTerms(36, 4.35, 0.005, 0.3)).estimate(new RfmSummary(2, 3, 38.86, 22.35, 1)).value();

        assertThat(high).isPositive().isLessThan(low);
        assertThat(silent).isPositive().isLessThan(low);
    }

    @Test
    void the_report_keeps_the_customers_order_and_the_provenance_of_every_figure() {
        ClvTerms terms = new ClvTerms(12, 4.35, 0.01, 0.3);
        List<RfmSummary> customers = List.of(CUSTOMER_1, new RfmSummary(0, 0, 38.86, 0, 1));

        ClvReport report = new Clv(BG_NBD, SPEND, terms).estimateAll(customers);

        assertThat(report.algorithmVersion()).isEqualTo(Clv.VERSION);
        assertThat(report.purchases()).isEqualTo(BG_NBD.report());
        assertThat(report.spend()).isEqualTo(SPEND.report());
        assertThat(report.terms()).isEqualTo(terms);
        assertThat(report.customers()).hasSize(2);
        assertThat(report.customers().get(0)).isEqualTo(new Clv(BG_NBD, SPEND, terms).estimate(CUSTOMER_1));
        assertThat(report.customers().get(1).expectedOrderValue()).isEqualTo(SPEND.populationMean());
    }

    @Test
    void terms_outside_their_range_are_rejected_by_name() {
        assertThatThrownBy(() -> new ClvTerms(0, 4.35, 0.01, 0.3)).hasMessage("periods must be between 1 and 10000, found 0");
        assertThatThrownBy(() -> new ClvTerms(12, 0, 0.01, 0.3)).hasMessage("periodLength must be a finite, positive time, found 0.0");
        assertThatThrownBy(() -> new ClvTerms(12, 4.35, -0.01, 0.3)).hasMessage("discountRate must be a finite rate of 0 or more, found -0.01");
        assertThatThrownBy(() -> new ClvTerms(12, 4.35, 0.01, 1.5)).hasMessage("margin must be between 0 and 1, found 1.5");
    }
}
