package io.clientela.analytics.value.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RfmTest {
    @Test
    void scores_the_most_recent_frequent_and_valuable_customers_highest() {
        RfmResult r = Rfm.score(new int[] {1, 10, 100, 200, 300}, new int[] {9, 7, 5, 3, 1}, new double[] {500, 400, 300, 200, 100}, Segments.defaults());
        assertThat(r.r()).containsExactly(5, 4, 3, 2, 1);
        assertThat(r.f()).containsExactly(5, 4, 3, 2, 1);
        assertThat(r.m()).containsExactly(5, 4, 3, 2, 1);
        assertThat(r.segment()).containsExactly("champions", "loyal", "need attention", "about to sleep", "lost");
    }

    @Test
    void gives_tied_customers_the_same_score_whatever_their_order() {
        RfmResult r = Rfm.score(new int[] {5, 5, 5, 5, 5, 5}, new int[] {1, 1, 1, 1, 2, 1}, new double[] {10, 10, 10, 10, 10, 10}, Segments.defaults());
        assertThat(r.f()).containsExactly(1, 1, 1, 1, 5, 1);
        assertThat(r.r()).containsOnly(1);
        assertThat(r.m()).containsOnly(1);
    }

    @Test
    void covers_every_cell_of_the_default_grid_with_a_named_segment() {
        Segments s = Segments.defaults();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    assertThat(s.segmentOf(r, f, m)).as("R%d F%d M%d", r, f, m).isNotEqualTo(Segments.OTHER);
                }
            }
        }
        assertThat(s.segmentOf(1, 5, 5)).isEqualTo("can't lose them");
        assertThat(s.segmentOf(5, 1, 1)).isEqualTo("new");
        assertThat(s.segmentOf(2, 1, 1)).isEqualTo("hibernating");
    }

    @Test
    void takes_the_first_matching_rule_of_custom_definitions_and_names_the_rest_other() {
        Segments s = new Segments(List.of(new SegmentRule("vip", ScoreRange.parse("4-5"), null, ScoreRange.parse("5"), null),
                SegmentRule.of("recent", "4-5", "1-5")));
        assertThat(s.segmentOf(5, 1, 5)).isEqualTo("vip");
        assertThat(s.segmentOf(5, 1, 1)).isEqualTo("recent");
        assertThat(s.segmentOf(1, 5, 5)).isEqualTo(Segments.OTHER);
    }

    @Test
    void rejects_score_ranges_outside_one_to_five_with_the_text_it_read() {
        assertThatThrownBy(() -> ScoreRange.parse("4-x")).hasMessageContaining("found \"4-x\"");
        assertThatThrownBy(() -> ScoreRange.parse("0-3")).hasMessageContaining("within 1-5");
        assertThatThrownBy(() -> ScoreRange.parse("5-4")).hasMessageContaining("from <= to");
    }

    @Test
    void needs_one_entry_per_customer_in_every_array() {
        assertThatThrownBy(() -> Rfm.score(new int[2], new int[3], new double[2], Segments.defaults())).hasMessageContaining("found 2, 3 and 2");
    }
}
