package io.clientela.analytics.voice.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.clientela.analytics.AnalyticsException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingTermsTest {
    private static TermCounts period(int responses, int late, String... other) {
        TermCounts c = new TermCounts();
        for (int i = 0; i < responses; i++) {
            c.add(i < late ? List.of("late", "deliveri", other.length > 0 ? other[0] : "box") : List.of("great", "coffe", "box"));
        }
        return c;
    }

    @Test
    void flags_a_complaint_that_rises_from_2_to_20_percent_as_significant() {
        List<EmergingTerms.Emerging> e = new EmergingTerms(5, 0.05).compare(period(500, 10), period(500, 100));
        assertThat(e.get(0).term()).isIn("late", "deliveri", "late deliveri");
        EmergingTerms.Emerging late = e.stream().filter(x -> x.term().equals("late deliveri")).findFirst().orElseThrow();
        assertThat(late.before()).isEqualTo(10);
        assertThat(late.after()).isEqualTo(100);
        assertThat(late.shareAfter()).isEqualTo(0.2);
        assertThat(late.significant()).isTrue();
        assertThat(late.adjustedP()).isLessThan(1e-10);
    }

    @Test
    void does_not_flag_a_term_whose_small_rise_is_noise() {
        List<EmergingTerms.Emerging> e = new EmergingTerms(5, 0.05).compare(period(500, 20), period(500, 24));
        assertThat(e).filteredOn(EmergingTerms.Emerging::significant).isEmpty();
        assertThat(e).extracting(EmergingTerms.Emerging::term).contains("late");
    }

    @Test
    void ignores_terms_mentioned_fewer_than_min_count_times_and_terms_that_fell() {
        List<EmergingTerms.Emerging> e = new EmergingTerms(5, 0.05).compare(period(100, 50), period(100, 3));
        assertThat(e).extracting(EmergingTerms.Emerging::term).doesNotContain("late", "deliveri");
    }

    @Test
    void computes_dunnings_g2_of_a_known_table() {
        // 2 Σ O ln(O/E) for [[10, 90], [30, 70]]: expected [[20, 80], [20, 80]]
        double expected = 2 * (10 * Math.log(10 / 20.0) + 90 * Math.log(90 / 80.0) + 30 * Math.log(30 / 20.0) + 70 * Math.log(70 / 80.0));
        assertThat(EmergingTerms.g2(10, 90, 30, 70)).isCloseTo(expected, within(1e-12));
        assertThat(EmergingTerms.g2(10, 90, 10, 90)).isCloseTo(0, within(1e-12));
    }

    @Test
    void needs_responses_in_both_periods() {
        assertThatThrownBy(() -> new EmergingTerms(5, 0.05).compare(new TermCounts(), period(10, 1))).isInstanceOf(AnalyticsException.class)
                .hasMessage("emerging terms need responses in both periods; found 0 before and 10 after");
    }

    @Test
    void counts_each_term_and_key_phrase_once_per_response() {
        TermCounts c = new TermCounts();
        c.add(List.of("late", "late", "deliveri"));
        c.add(List.of("late", "deliveri"));
        assertThat(c.count("late")).isEqualTo(2);
        assertThat(c.count("late deliveri")).isEqualTo(2);
        assertThat(c.top(2, 1)).extracting(TermCounts.Frequent::term).containsExactly("deliveri", "late");
    }
}
