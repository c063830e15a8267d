package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void timestamps_agree_with_java_time_across_four_centuries() {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            long s = r.nextLong(-2_208_988_800L, 10_413_792_000L); // 1900 to 2300
            assertThat(Fmt.timestamp(s)).isEqualTo(LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC).format(iso));
        }
        assertThat(Fmt.timestamp(951_782_400L)).isEqualTo("2000-02-29 00:00:00");
    }

    @Test
    void money_has_two_decimals_a_point_and_rounds_half_up() {
        assertThat(Fmt.money(549)).isEqualTo("549.00");
        assertThat(Fmt.money(0.125)).isEqualTo("0.13");
        assertThat(Fmt.money(1234567.891)).isEqualTo("1234567.89");
        assertThat(Fmt.money(-3.5)).isEqualTo("-3.50");
        assertThat(Fmt.money(-0.001)).isEqualTo("0.00");
    }

    @Test
    void fixed_decimals_keep_leading_zeros_of_the_fraction() {
        StringBuilder b = new StringBuilder();
        Fmt.fixed(b, -0.0512, 4);
        assertThat(b).hasToString("-0.0512");
    }
}
