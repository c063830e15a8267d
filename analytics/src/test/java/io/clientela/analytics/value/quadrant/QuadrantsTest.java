package io.clientela.analytics.value.quadrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuadrantsTest {
    private static final double NONE = Double.NaN;

    @Test
    void splits_at_the_medians_by_default_and_keeps_customers_without_feedback_apart() {
        double[] satisfaction = {90, 80, 20, 10, NONE};
        double[] revenue = {500, 10, 400, 5, 1000};
        QuadrantResult q = Quadrants.classify(satisfaction, revenue, Thresholds.MEDIANS);
        assertThat(q.satisfactionThreshold()).isEqualTo(50);
        assertThat(q.revenueThreshold()).isEqualTo(400);
        assertThat(q.quadrants()).containsExactly(Quadrant.MODEL, Quadrant.GROWING, Quadrant.AT_RISK, Quadrant.PRECARIOUS, Quadrant.NO_FEEDBACK);
        assertThat(q.sizes().get(Quadrant.NO_FEEDBACK)).isEqualTo(1);
    }

    @Test
    void uses_fixed_thresholds_when_given() {
        QuadrantResult q = Quadrants.classify(new double[] {70, 69}, new double[] {100, 100}, new Thresholds(70, 50));
        assertThat(q.quadrants()).containsExactly(Quadrant.MODEL, Quadrant.AT_RISK);
    }

    @Test
    void puts_everyone_in_the_no_feedback_group_when_nobody_answered() {
        QuadrantResult q = Quadrants.classify(new double[] {NONE, NONE}, new double[] {1, 2}, Thresholds.MEDIANS);
        assertThat(q.quadrants()).containsOnly(Quadrant.NO_FEEDBACK);
        assertThat(q.satisfactionThreshold()).isNaN();
    }

    @Test
    void rejects_a_satisfaction_threshold_off_the_index_scale() {
        assertThatThrownBy(() -> new Thresholds(120, Double.NaN)).hasMessageContaining("0-100, found 120");
    }
}
