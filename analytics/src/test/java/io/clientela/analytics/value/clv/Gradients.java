package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

/** Checks an analytic gradient against central differences of the function itself. */
final class Gradients {
    private Gradients() {
    }

    static void assertMatchCentralDifferences(MaximumLikelihood.LogLikelihood ll, double[] theta, List<String> names) {
        double[] analytic = new double[theta.length];
        ll.at(theta, analytic);
        for (int i = 0; i < theta.length; i++) {
            double h = 1e-6 * theta[i];
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (ll.at(up, null) - ll.at(down, null)) / (up[i] - down[i]);
            assertThat(analytic[i]).as("d/d%s at %s", names.get(i), Arrays.toString(theta))
                    .isCloseTo(numeric, within(1e-6 * Math.abs(numeric) + 1e-4));
        }
    }
}
