package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.core.identity.Identities;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhonesTest {
    @Test
    void national_numbers_look_as_people_write_them_in_each_country() {
        assertThat(Countries.byCode("US").phones().national(0)).matches("\\(555\\) [01]\\d\\d-\\d{4}");
        assertThat(Countries.byCode("GB").phones().national(0)).matches("07700 \\d{6}");
        assertThat(Countries.byCode("HU").phones().national(0)).matches("06 30 \\d{3} \\d{4}");
        assertThat(Countries.byCode("CN").phones().national(0)).matches("13\\d \\d{4} \\d{4}");
    }

    @Test
    void the_national_and_international_forms_normalise_to_the_same_number() {
        for (Country c : Countries.ALL) {
            for (long k = 0; k < 500; k++) {
                assertThat(Identities.phone(c.phones().national(k), c.code()))
                        .as(c.code() + " " + c.phones().national(k))
                        .isPresent()
                        .isEqualTo(Identities.phone(c.phones().international(k), null));
            }
        }
    }

    @Test
    void numbers_are_unique_across_a_whole_space() {
        Phones gb = Countries.byCode("GB").phones();
        Set<String> seen = new HashSet<>();
        for (long k = 0; k < gb.space(); k += 1) {
            if (!seen.add(gb.national(k))) {
                throw new AssertionError("repeated " + gb.national(k) + " at " + k);
            }
        }
        assertThat(seen).hasSize(1_000_000);
    }

    @Test
    void running_out_of_fictional_numbers_is_an_error_not_a_repeat() {
        Phones gb = Countries.byCode("GB").phones();
        assertThatThrownBy(() -> gb.national(gb.space())).isInstanceOf(IllegalStateException.class).hasMessageContaining("no fictional phone");
    }
}
