package io.clientela.analytics.voice.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpisTest {
    private final Kpis kpis = new Kpis(30);

    private static int[] repeat(int... valueCount) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < valueCount.length; i += 2) {
            for (int k = 0; k < valueCount[i + 1]; k++) {
                out.add(valueCount[i]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void nps_is_promoters_minus_detractors_with_its_multinomial_interval() {
        Kpi k = kpis.of(Scale.NPS, "all", repeat(10, 50, 8, 30, 3, 20));
        assertThat(k.value()).isCloseTo(30.0, within(1e-9));
        double se = Math.sqrt((0.5 + 0.2 - 0.09) / 100);
        assertThat(k.standardError()).isCloseTo(100 * se, within(1e-9));
        assertThat(k.low()).isCloseTo(100 * (0.3 - 1.959963984540054 * se), within(1e-9));
        assertThat(k.high()).isCloseTo(100 * (0.3 + 1.959963984540054 * se), within(1e-9));
        assertThat(k.promoters()).isEqualTo(0.5);
        assertThat(k.lowSample()).isFalse();
    }

    @Test
    void csat_is_the_share_of_4_and_5_with_a_wilson_interval() {
        Kpi k = kpis.of(Scale.CSAT, "all", repeat(5, 40, 4, 40, 2, 20));
        assertThat(k.value()).isCloseTo(80.0, within(1e-9));
        // Wilson 95 % interval of 80/100: 71.1 % .. 86.7 %
        assertThat(k.low()).isCloseTo(71.1, within(0.05));
        assertThat(k.high()).isCloseTo(86.7, within(0.05));
    }

    @Test
    void ces_is_the_mean_with_a_normal_interval() {
        Kpi k = kpis.of(Scale.CES, "all", repeat(7, 10, 5, 10, 3, 10));
        assertThat(k.value()).isCloseTo(5.0, within(1e-9));
        double se = Math.sqrt((10 * 4 + 10 * 4) / 29.0 / 30);
        assertThat(k.high() - k.value()).isCloseTo(1.959963984540054 * se, within(1e-9));
    }

    @Test
    void flags_groups_below_the_minimum_sample_and_empty_groups() {
        assertThat(kpis.of(Scale.NPS, "tiny", repeat(10, 5)).lowSample()).isTrue();
        Kpi none = kpis.of(Scale.NPS, "none", new int[0]);
        assertThat(none.n()).isZero();
        assertThat(none.value()).isNaN();
    }

    @Test
    void rejects_nps_11_and_csat_0_naming_the_score_and_range() {
        assertThat(Scale.NPS.problem(11)).isEqualTo("NPS 11 is outside 0..10");
        assertThat(Scale.CSAT.problem(0)).isEqualTo("CSAT 0 is outside 1..5");
        assertThat(Scale.CES.problem(4)).isNull();
        assertThatThrownBy(() -> kpis.of(Scale.NPS, "2026-11", new int[] {10, 11})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-11: NPS 11 is outside 0..10");
    }

    @Test
    void groups_answers_and_marks_a_significant_drop_between_months() {
        List<Kpis.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            answers.add(new Kpis.Answer(i % 10 < 6 ? 10 : 8, Map.of("month", "2026-10", "channel", i % 2 == 0 ? "web" : "store")));
            answers.add(new Kpis.Answer(i % 10 < 3 ? 10 : i % 10 < 6 ? 8 : 2, Map.of("month", "2026-11")));
        }
        Map<String, Kpi> byMonth = kpis.by(Scale.NPS, answers, "month");
        assertThat(byMonth.keySet()).containsExactly("2026-10", "2026-11");
        assertThat(byMonth.get("2026-10").value()).isCloseTo(60, within(1e-9));
        assertThat(byMonth.get("2026-11").value()).isCloseTo(-10, within(1e-9));
        List<Kpis.Change> trend = Kpis.trend(byMonth);
        assertThat(trend).hasSize(1);
        assertThat(trend.get(0).significant()).isTrue();
        assertThat(trend.get(0).difference()).isCloseTo(-70, within(1e-9));
        assertThat(kpis.by(Scale.NPS, answers, "channel").keySet()).containsExactly("(none)", "store", "web");
    }

    @Test
    void a_small_change_on_small_samples_is_not_significant() {
        Kpi a = kpis.of(Scale.CSAT, "a", repeat(5, 8, 2, 2));
        Kpi b = kpis.of(Scale.CSAT, "b", repeat(5, 7, 2, 3));
        assertThat(Kpis.change(a, b).significant()).isFalse();
    }
}
