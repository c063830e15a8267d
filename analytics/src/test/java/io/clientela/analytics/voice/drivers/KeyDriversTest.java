package io.clientela.analytics.voice.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyDriversTest {
    @Test
    void for_uncorrelated_drivers_lmg_is_each_squared_correlation_and_sums_to_r2() {
        // y = 2 a + 1 b + noise with a, b independent: LMG_a = r²(y, a), LMG_b = r²(y, b)
        SplittableRandom r = new SplittableRandom(3);
        int n = 4000;
        double[] y = new double[n];
        double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            x[i][2] = r.nextGaussian();
            y[i] = 2 * x[i][0] + x[i][1] + r.nextGaussian();
        }
        KeyDrivers.Result res = new KeyDrivers(100, 7).analyse(y, x, List.of("a", "b", "c"), -3, 3);
        assertThat(res.rSquared()).isCloseTo(5.0 / 6, within(0.02));
        Driver a = res.drivers().get(0);
        Driver b = res.drivers().get(1);
        assertThat(a.name()).isEqualTo("a");
        assertThat(a.importance()).isCloseTo(4.0 / 6, within(0.02));
        assertThat(b.importance()).isCloseTo(1.0 / 6, within(0.02));
        assertThat(res.drivers().get(2).importance()).isCloseTo(0, within(0.01));
        assertThat(a.low()).isLessThan(a.importance());
        assertThat(a.high()).isGreaterThan(a.importance());
        assertThat(res.drivers().stream().mapToDouble(Driver::importance).sum()).isCloseTo(res.rSquared(), within(1e-9));
    }

    @Test
    void splits_the_shared_part_of_two_identical_drivers_equally() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 2000;
        double[] y = new double[n];
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = x[i][0];
            y[i] = x[i][0] + 0.5 * r.nextGaussian();
        }
        KeyDrivers.Result res = new KeyDrivers(0, 1).analyse(y, x, List.of("p", "q"), -3, 3);
        assertThat(res.drivers().get(0).importance()).isCloseTo(res.drivers().get(1).importance(), within(1e-9));
    }

    @Test
    void puts_an_important_driver_with_low_ratings_in_fix_first() {
        SplittableRandom r = new SplittableRandom(9);
        int n = 1000;
        double[] y = new double[n];
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1 + r.nextInt(3);
            x[i][1] = 3 + r.nextInt(3);
            y[i] = 3 * x[i][0] + 0.2 * x[i][1] + r.nextGaussian();
        }
        List<Driver> d = new KeyDrivers(50, 2).analyse(y, x, List.of("delivery", "staff"), 1, 5).drivers();
        assertThat(d.get(0).name()).isEqualTo("delivery");
        assertThat(d.get(0).quadrant()).isEqualTo("fix first");
        assertThat(d.get(1).quadrant()).isEqualTo("maintain");
        assertThat(d.get(0).performance()).isCloseTo(0.25, within(0.05));
    }

    @Test
    void drivers_whose_performance_differs_only_within_its_interval_have_no_clear_difference() {
        // four ratings drawn alike (performance 0.5 each up to noise, like the 0.693..0.696), one far more important
        SplittableRandom r = new SplittableRandom(11);
        int n = 600;
        double[] y = new double[n];
        double[][] x = new double[n][4];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = 1 + r.nextInt(5);
            }
            y[i] = 6 * x[i][0] + x[i][1] + x[i][2] + x[i][3] + r.nextGaussian();
        }
        List<Driver> d = new KeyDrivers(200, 42).analyse(y, x, List.of("a", "b", "c", "d"), 1, 5).drivers();
        assertThat(d.get(0).name()).isEqualTo("a");
        double meanPerf = d.stream().mapToDouble(Driver::performance).average().orElseThrow();
        for (Driver x1 : d) {
            assertThat(x1.performanceLow()).as(x1.toString()).isLessThan(meanPerf);
            assertThat(x1.performanceHigh()).as(x1.toString()).isGreaterThan(meanPerf);
            assertThat(x1.quadrant()).as(x1.toString()).isEqualTo(Driver.UNCLEAR);
        }
    }

    @Test
    void the_same_seed_gives_the_same_intervals() {
        SplittableRandom r = new SplittableRandom(4);
        double[] y = new double[200];
        double[][] x = new double[200][2];
        for (int i = 0; i < 200; i++) {
            x[i][0] = 1 + r.nextInt(5);
            x[i][1] = 1 + r.nextInt(5);
            y[i] = x[i][0] + r.nextGaussian();
        }
        assertThat(new KeyDrivers(100, 42).analyse(y, x, List.of("a", "b"), 1, 5).drivers())
                .isEqualTo(new KeyDrivers(100, 42).analyse(y, x, List.of("a", "b"), 1, 5).drivers());
    }

    @Test
    void wilson_interval_of_a_proportion() {
        // 40 of 50: 0.8, Wilson 95 % interval 0.670..0.888 (textbook value)
        double[] w = KeyDrivers.wilson(40, 50);
        assertThat(w[0]).isCloseTo(0.6696, within(0.001));
        assertThat(w[1]).isCloseTo(0.8876, within(0.001));
    }

    @Test
    void refuses_too_few_responses_and_constant_data() {
        assertThatThrownBy(() -> new KeyDrivers(0, 1).analyse(new double[] {1, 2}, new double[][] {{1}, {2}}, List.of("a"), 1, 5))
                .isInstanceOf(AnalyticsException.class).hasMessageContaining("needs at least 3 complete responses, got 2");
        assertThatThrownBy(() -> new KeyDrivers(0, 1).analyse(new double[] {1, 2, 3, 4}, new double[][] {{1}, {1}, {1}, {1}}, List.of("a"), 1, 5))
                .isInstanceOf(AnalyticsException.class).hasMessageContaining("does not vary");
    }
}
