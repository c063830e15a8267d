package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParetoNbdPredictionTest {
    private static final double R = 0.553;
    private static final double ALPHA = 10.58;
    private static final double S = 0.606;
    private static final double BETA = 11.66;
    private static final ParetoNbd PUBLISHED = model(R, ALPHA, S, BETA);
    private static final RfmSummary CUSTOMER_1 = new RfmSummary(2, 30.43, 38.86, 22.35, 1);

    @Test
    void alive_probability_is_the_share_of_the_likelihood_that_says_alive() {
        for (RfmSummary c : new RfmSummary[] {CUSTOMER_1, new RfmSummary(0, 0, 38.86, 0, 1), new RfmSummary(9, 10, 38, 0, 1)}) {
            double[] theta = {R, ALPHA, S, BETA};
            double stay = Math.exp(ParetoNbdFitTest.logStay(c, theta));
            double all = Math.exp(ParetoNbdFitTest.byIntegration(c, theta));

            assertThat(PUBLISHED.probabilityAlive(c)).as("x=%d", c.x()).isCloseTo(stay / all, within(1e-9));
        }
    }

    @Test
    void alive_probability_falls_with_silence_and_is_one_for_a_purchase_just_made() {
        assertThat(PUBLISHED.probabilityAlive(new RfmSummary(3, 38.86, 38.86, 0, 1))).isEqualTo(1.0);
        double previous = 1;
        for (double tx = 38.86; tx > 0; tx -= 2) {
            double p = PUBLISHED.probabilityAlive(new RfmSummary(3, tx, 38.86, 0, 1));
            assertThat(p).isLessThanOrEqualTo(previous).isBetween(0.0, 1.0);
            previous = p;
        }
    }

    @Test
    void conditional_expectations_match_an_integral_over_the_horizon() {
        // alive at T, λ ~ Gamma(r+x, α+T) and μ ~ Gamma(s, β+T); E[Y(t)] = E[λ] ∫ P(alive at T+τ) dτ
        for (RfmSummary c : new RfmSummary[] {CUSTOMER_1, new RfmSummary(0, 0, 38.86, 0, 1), new RfmSummary(7, 20, 30, 0, 1)}) {
            for (double t : new double[] {1, 39, 200}) {
                double survival = Quadrature.integrate(tau -> Math.pow((BETA + c.age()) / (BETA + c.age() + tau), S), 0, t, 1e-13);
                double expected = PUBLISHED.probabilityAlive(c) * (R + c.x()) / (ALPHA + c.age()) * survival;

                assertThat(PUBLISHED.conditionalExpectedPurchases(c, t)).as("x=%d, t=%s", c.x(), t).isCloseTo(expected, within(1e-10 * expected));
            }
        }
    }

    @Test
    void unconditional_expectations_match_a_seeded_simulation() {
        Simulation simulation = new Simulation(19_870_101L);
        int n = 400_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            int k = simulation.paretoNbdPurchases(R, ALPHA, S, BETA, 39);
            sum += k;
            squares += (double) k * k;
        }
        double mean = sum / n;
        double standardError = Math.sqrt((squares / n - mean * mean) / n);

        assertThat(PUBLISHED.expectedPurchases(39)).isCloseTo(mean, within(4 * standardError));
    }

    @Test
    void expectations_are_continuous_through_s_equal_to_one() {
        for (double t : new double[] {0, 1, 39, 500}) {
            double at = model(R, ALPHA, 1, BETA).conditionalExpectedPurchases(CUSTOMER_1, t);
            assertThat(model(R, ALPHA, 1 + 1e-9, BETA).conditionalExpectedPurchases(CUSTOMER_1, t)).isCloseTo(at, within(1e-7 * at + 1e-15));
            assertThat(model(R, ALPHA, 1 - 1e-9, BETA).expectedPurchases(t))
                    .isCloseTo(model(R, ALPHA, 1, BETA).expectedPurchases(t), within(1e-7 * at + 1e-15));
        }
    }

    @Test
    void a_brand_new_customer_is_expected_to_buy_as_much_as_anyone() {
        for (double t : new double[] {1, 39, 200}) {
            assertThat(PUBLISHED.conditionalExpectedPurchases(new RfmSummary(0, 0, 0, 0, 1), t))
                    .isCloseTo(PUBLISHED.expectedPurchases(t), within(1e-12));
        }
    }

    static ParetoNbd model(double r, double alpha, double s, double beta) {
        return ParetoNbd.of(new FitReport("pareto_nbd", ParetoNbd.VERSION, Map.of("r", r, "alpha", alpha, "s", s, "beta", beta), 0, 0, true, 0));
    }
}
