package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.commons.numbers.gamma.LogGamma;
import org.junit.jupiter.api.Test;

class BgNbdPredictionTest {
    private static final double R = 0.243;
    private static final double ALPHA = 4.414;
    private static final double A = 0.793;
    private static final double B = 2.426;
    private static final BgNbd PUBLISHED = model(R, ALPHA, A, B);
    private static final RfmSummary CUSTOMER_1 = new RfmSummary(2, 30.43, 38.86, 22.35, 1);

    @Test
    void a_customer_without_repeat_purchases_is_alive() {
        assertThat(PUBLISHED.probabilityAlive(new RfmSummary(0, 0, 38.86, 0, 1))).isEqualTo(1.0);
    }

    @Test
    void alive_probability_matches_the_formula_worked_by_hand_and_falls_with_silence() {
        double byHand = 1 / (1 + A / (B + 2 - 1) * Math.pow((ALPHA + 38.86) / (ALPHA + 30.43), R + 2));

        assertThat(PUBLISHED.probabilityAlive(CUSTOMER_1)).isCloseTo(byHand, within(1e-14));
        double previous = 1;
        for (double tx = 38.86; tx > 0; tx -= 2) {
            double p = PUBLISHED.probabilityAlive(new RfmSummary(2, tx, 38.86, 0, 1));
            assertThat(p).isLessThanOrEqualTo(previous).isBetween(0.0, 1.0);
            previous = p;
        }
    }

    @Test
    void reproduces_the_expected_purchases_of_customer_1_in_hardies_spreadsheet() {
        // Fader, Hardie and Lee (2005): E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226, as in
        // the BG/NBD spreadsheet and the lifetimes test that checks against it
        assertThat(PUBLISHED.conditionalExpectedPurchases(CUSTOMER_1, 39)).isCloseTo(1.226, within(0.0005));
    }

    @Test
    void conditional_expectations_match_an_integral_over_the_dropout_probability() {
        for (RfmSummary c : new RfmSummary[] {CUSTOMER_1, new RfmSummary(0, 0, 38.86, 0, 1), new RfmSummary(7, 20, 30, 0, 1)}) {
            for (double t : new double[] {1, 39, 200}) {
                assertThat(PUBLISHED.conditionalExpectedPurchases(c, t)).as("x=%d, t=%s", c.x(), t)
                        .isCloseTo(byIntegration(c, t), within(1e-8 * byIntegration(c, t)));
            }
        }
    }

    @Test
    void unconditional_expectations_match_a_seeded_simulation() {
        Simulation simulation = new Simulation(20_051_231L);
        int n = 400_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            int k = simulation.bgNbdPurchases(R, ALPHA, A, B, 39);
            sum += k;
            squares += (double) k * k;
        }
        double mean = sum / n;
        double standardError = Math.sqrt((squares / n - mean * mean) / n);

        assertThat(PUBLISHED.expectedPurchases(39)).isCloseTo(mean, within(4 * standardError));
    }

    @Test
    void expectations_start_at_zero_grow_with_the_horizon_and_agree_for_a_brand_new_customer() {
        assertThat(PUBLISHED.expectedPurchases(0)).isZero();
        assertThat(PUBLISHED.conditionalExpectedPurchases(CUSTOMER_1, 0)).isZero();
        double previous = 0;
        for (double t = 1; t <= 520; t *= 2) {
            double e = PUBLISHED.conditionalExpectedPurchases(CUSTOMER_1, t);
            assertThat(e).isGreaterThan(previous);
            previous = e;
            assertThat(PUBLISHED.conditionalExpectedPurchases(new RfmSummary(0, 0, 0, 0, 1), t))
                    .isCloseTo(PUBLISHED.expectedPurchases(t), within(1e-14));
        }
    }

    @Test
    void expectations_are_continuous_through_a_equal_to_one() {
        // a = 1 makes the formula 0/0; near it the model interpolates, and must stay on the curve
        double below = model(R, ALPHA, 1 - 3e-4, B).conditionalExpectedPurchases(CUSTOMER_1, 39);
        double above = model(R, ALPHA, 1 + 3e-4, B).conditionalExpectedPurchases(CUSTOMER_1, 39);
        for (double a : new double[] {1 - 1e-5, 1, 1 + 1e-7, 1 + 1e-4}) {
            double line = below + (a - (1 - 3e-4)) / 6e-4 * (above - below);
            assertThat(model(R, ALPHA, a, B).conditionalExpectedPurchases(CUSTOMER_1, 39)).as("a=%s", a).isCloseTo(line, within(1e-6 * line));
        }
    }

    /**
     * E[Y(t) | x, t_x, T] from the model's story: alive at T with (1-p)^x λ^x e^(-λT), then
     * (1 - e^(-λpt))/p purchases; λ integrated in closed form, p numerically (with u = p^a).
     */
    private static double byIntegration(RfmSummary c, double t) {
        int x = c.x();
        double logConstant = LogGamma.value(R + x) - LogGamma.value(R) + R * Math.log(ALPHA) - logBeta(A, B);
        double lower = Math.pow(ALPHA + c.age(), -(R + x));
        double integral = Quadrature.integrate(u -> {
            double p = Math.pow(u, 1 / A);
            if (p == 0) {
                return (R + x) * t * Math.pow(ALPHA + c.age(), -(R + x) - 1) / A;
            }
            double difference = -lower * Math.expm1(-(R + x) * Math.log1p(p * t / (ALPHA + c.age())));
            return Math.pow(1 - p, B + x - 1) * difference / p / A;
        }, 0, 1, 1e-12);
        double ll = BgNbdLikelihood.at(Histories.compress(new double[] {x, c.tx(), c.age(), 1}), new double[] {R, ALPHA, A, B}, null);
        return Math.exp(logConstant - ll) * integral;
    }

    private static double logBeta(double a, double b) {
        return LogGamma.value(a) + LogGamma.value(b) - LogGamma.value(a + b);
    }

    static BgNbd model(double r, double alpha, double a, double b) {
        return BgNbd.of(new FitReport("bgnbd", BgNbd.VERSION, Map.of("r", r, "alpha", alpha, "a", a, "b", b), 0, 0, true, 0));
    }
}
