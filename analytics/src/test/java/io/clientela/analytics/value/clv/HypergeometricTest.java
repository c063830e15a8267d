package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HypergeometricTest {

    @Test
    void matches_closed_forms() {
        // A&S 15.1.3: 2F1(1, 1; 2; z) = -ln(1 - z) / z;  15.1.8: 2F1(a, b; b; z) = (1 - z)^-a.
        // Near z = 1 the series takes ~10^5 terms and rounding adds up to ~10^-12.
        for (double z : new double[] {0, 1e-9, 0.3, 0.7, 0.99, 0.9999}) {
            double log = z == 0 ? 1 : -Math.log1p(-z) / z;
            assertThat(Hypergeometric.value(1, 1, 2, z)).as("z=%s", z).isCloseTo(log, within(2e-12 * log));
            double power = Math.pow(1 - z, -0.7);
            assertThat(Hypergeometric.value(0.7, 2.3, 2.3, z)).as("z=%s", z).isCloseTo(power, within(2e-12 * power));
            double[] out = new double[5];
            Hypergeometric.logWithDerivatives(0.7, 2.3, 2.3, z, out);
            assertThat(out[0]).isCloseTo(-0.7 * Math.log1p(-z), within(1e-12));
        }
    }

    @Test
    void a_negative_lower_parameter_is_summed_through_its_sign_changes() {
        // 2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z) (A&S 15.3.3), with c = -0.5
        double direct = Hypergeometric.value(0.3, 1.2, -0.5, 0.4);
        double euler = Math.pow(0.6, -0.5 - 1.5) * Hypergeometric.value(-0.8, -1.7, -0.5, 0.4);
        assertThat(direct).isCloseTo(euler, within(1e-12 * Math.abs(euler)));
        assertThat(Hypergeometric.value(1, 1, -2, 0.5)).isNaN();
    }

    @Test
    void the_derivatives_match_central_differences() {
        double[] point = {1.8, 1.6, 2.8, 0.45};
        double[] out = new double[5];
        Hypergeometric.logWithDerivatives(point[0], point[1], point[2], point[3], out);
        for (int i = 0; i < 4; i++) {
            double h = 1e-6;
            double[] up = point.clone();
            double[] down = point.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (Math.log(Hypergeometric.value(up[0], up[1], up[2], up[3]))
                    - Math.log(Hypergeometric.value(down[0], down[1], down[2], down[3]))) / (2 * h);
            assertThat(out[i + 1]).as("parameter %d", i).isCloseTo(numeric, within(1e-8));
        }
    }

    @Test
    void an_argument_at_or_beyond_one_gives_no_value() {
        assertThat(Hypergeometric.value(1, 1, 2, 1)).isNaN();
        assertThat(Hypergeometric.value(1, 1, 2, -0.1)).isNaN();
    }
}
