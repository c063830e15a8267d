package io.clientela.analytics.value.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AbcTest {
    @Test
    void puts_the_items_making_the_first_80_percent_in_a_and_the_next_15_percent_in_b() {
        // shares 50, 25, 10, 6, 4, 3, 2 %: before-shares 0, 50, 75, 85, 91, 95, 98 % (the item crossing 80 % is still A)
        AbcResult r = Abc.classify(new double[] {25, 50, 10, 6, 4, 3, 2}, Cutoffs.DEFAULT);
        assertThat(new String(r.classes())).isEqualTo("AAABBCC");
        assertThat(r.rank()).containsExactly(2, 1, 3, 4, 5, 6, 7);
        assertThat(r.counts()).containsExactly(3, 2, 2);
        assertThat(r.summary().get("A").get("value_share")).isEqualTo(0.85);
    }

    @Test
    void always_puts_items_without_positive_value_in_c_at_the_end_of_the_curve() {
        AbcResult r = Abc.classify(new double[] {-30, 100, 0}, Cutoffs.DEFAULT);
        assertThat(new String(r.classes())).isEqualTo("CAC");
        assertThat(r.total()).isEqualTo(100);
        assertThat(r.curve().get(r.curve().size() - 1).value()).isEqualTo(1.0);
    }

    @Test
    void draws_a_pareto_curve_from_nothing_to_everything() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = 1.0 / (i + 1);
        }
        AbcResult r = Abc.classify(v, Cutoffs.DEFAULT);
        assertThat(r.curve().get(0).items()).isZero();
        assertThat(r.curve().get(r.curve().size() - 1).items()).isEqualTo(1.0);
        assertThat(r.curve().get(r.curve().size() - 1).value()).isCloseTo(1.0, within(1e-12));
        assertThat(r.itemShareFor(0.8)).isBetween(0.2, 0.5);
        for (int i = 1; i < r.curve().size(); i++) {
            assertThat(r.curve().get(i).value()).isGreaterThanOrEqualTo(r.curve().get(i - 1).value());
        }
    }

    @Test
    void handles_no_items_and_items_all_worth_nothing() {
        assertThat(Abc.classify(new double[0], Cutoffs.DEFAULT).classes()).isEmpty();
        assertThat(new String(Abc.classify(new double[] {0, 0}, Cutoffs.DEFAULT).classes())).isEqualTo("CC");
    }

    @Test
    void rejects_cut_offs_out_of_order() {
        assertThatThrownBy(() -> new Cutoffs(0.9, 0.8)).hasMessageContaining("found A = 0.9, B = 0.8");
        assertThatThrownBy(() -> new Cutoffs(0, 0.8)).hasMessageContaining("0 < A < B <= 1");
    }
}
