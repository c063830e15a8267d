package io.clientela.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.analytics.value.abc.Abc;
import io.clientela.analytics.value.abc.Cutoffs;
import io.clientela.analytics.value.quadrant.Quadrants;
import io.clientela.analytics.value.quadrant.Thresholds;
import io.clientela.analytics.value.rfm.Rfm;
import io.clientela.analytics.value.rfm.Segments;
import io.clientela.core.Provenance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RFM, ABC and quadrant results say how they were made: method, version, parameters and how many customers they read. */
class ResultsCarryProvenanceTest {
    private static final double[] REVENUE = {120, 80, 15, 0, 300};

    @Test
    void rfm_names_its_version_its_segment_rules_and_the_customers_scored() {
        Provenance p = Rfm.score(new int[] {3, 40, 200, 10, 1}, new int[] {5, 2, 1, 1, 9}, REVENUE, Segments.defaults()).provenance();

        assertThat(p.version()).isEqualTo(Segments.VERSION);
        assertThat(p.records()).isEqualTo(5);
        assertThat(p.parameters()).containsKey("segments");
        assertThat(p.seed()).isNull();
    }

    @Test
    void abc_names_its_cutoffs_and_quadrants_their_thresholds() {
        Provenance abc = Abc.classify(REVENUE, new Cutoffs(0.7, 0.9)).provenance();
        Provenance quadrant = Quadrants.classify(new double[] {80, Double.NaN, 20, 55, 90}, REVENUE, new Thresholds(60, Double.NaN)).provenance();

        assertThat(abc.version()).isEqualTo(Abc.VERSION);
        assertThat(abc.parameters()).containsEntry("a", 0.7).containsEntry("b", 0.9);
        assertThat(quadrant.version()).isEqualTo(Quadrants.VERSION);
        assertThat(quadrant.parameters()).containsEntry("satisfaction_threshold", 60.0).containsEntry("revenue_threshold", "median");
    }

    @Test
    void the_caller_adds_the_time_frame_as_it_is_stored() {
        Provenance p = Abc.classify(REVENUE, Cutoffs.DEFAULT).provenance().over(LocalDate.of(2026, 10, 31), LocalDate.of(2024, 11, 1),
                LocalDate.of(2026, 10, 30));

        assertThat(p.asMap()).containsEntry("as_of", "2026-10-31").containsEntry("data_from", "2024-11-01").containsEntry("data_to", "2026-10-30")
                .containsEntry("version", Abc.VERSION).containsEntry("records", 5L);
    }
}
