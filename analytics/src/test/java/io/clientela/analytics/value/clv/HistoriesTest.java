package io.clientela.analytics.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.analytics.AnalyticsException;
import org.junit.jupiter.api.Test;

class HistoriesTest {

    @Test
    void identical_histories_become_one_row_with_their_weights_summed() {
        Histories h = Histories.compress(new double[] {
            2, 30.43, 38.86, 1,
            0, 0, 38.86, 1,
            2, 30.43, 38.86, 2.5,
            0, -0.0, 38.86, 1,
            1, 1.71, 38.86, 1});

        assertThat(h.size).isEqualTo(3);
        assertThat(h.customers).isEqualTo(6.5);
        assertThat(h.repeatBuyers).isEqualTo(4.5);
        assertThat(h.weight).containsExactly(3.5, 2, 1);
        assertThat(h.xValues).containsExactly(2, 0, 1);
        assertThat(h.xWeight).containsExactly(3.5, 2, 1);
        assertThat(h.ageValues).containsExactly(38.86);
        assertThat(h.ageXWeight).containsExactly(2 * 3.5 + 1);
        assertThat(h.txValues).containsExactly(30.43, 0, 1.71);
        for (int i = 0; i < h.size; i++) {
            assertThat(h.xValues[h.xIndex[i]]).isEqualTo(h.x[i]);
            assertThat(h.txValues[h.txIndex[i]]).isEqualTo(h.tx[i]);
            assertThat(h.ageValues[h.ageIndex[i]]).isEqualTo(h.age[i]);
        }
    }

    @Test
    void the_cdnow_sample_compresses_to_fewer_rows_but_the_same_customers() {
        Histories h = Histories.compress(CdnowSample.histories());

        assertThat(h.customers).isEqualTo(2_357);
        assertThat(h.repeatBuyers).isEqualTo(946);
        assertThat(h.size).isLessThan(2_357);
    }

    @Test
    void a_recency_after_the_age_is_rejected_with_its_row_and_field() {
        double[] rows = {2, 30.43, 38.86, 1, 3, 40, 38.86, 1};

        assertThatThrownBy(() -> Histories.compress(rows)).isInstanceOf(AnalyticsException.class)
                .hasMessage("customer history 2, field 't_x': expected a time between 0 and T = 38.86, found 40.0");
    }

    @Test
    void not_a_number_is_rejected_with_its_row_and_field() {
        double[] rows = {2, 30.43, Double.NaN, 1};

        assertThatThrownBy(() -> Histories.compress(rows)).isInstanceOf(AnalyticsException.class)
                .hasMessage("customer history 1, field 'T': expected a finite time of 0 or more, found NaN");
    }

    @Test
    void fractional_frequencies_zero_weights_and_recency_without_purchases_are_rejected() {
        assertThatThrownBy(() -> Histories.compress(new double[] {1.5, 3, 10, 1})).hasMessageContaining("field 'x'");
        assertThatThrownBy(() -> Histories.compress(new double[] {1, 3, 10, 0})).hasMessageContaining("field 'weight'");
        assertThatThrownBy(() -> Histories.compress(new double[] {0, 3, 10, 1}))
                .hasMessageContaining("field 't_x': expected 0 for a customer without repeat purchases (x = 0), found 3.0");
    }

    @Test
    void an_array_that_is_not_made_of_quadruples_is_rejected() {
        assertThatThrownBy(() -> Histories.compress(new double[] {1, 3, 10})).isInstanceOf(AnalyticsException.class)
                .hasMessageContaining("the array has 3 numbers, which is not a multiple of 4");
    }
}
