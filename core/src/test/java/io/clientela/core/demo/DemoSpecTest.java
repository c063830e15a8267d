package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoSpecTest {
    private static final LocalDate END = LocalDate.of(2026, 10, 31);

    @Test
    void defaults_are_seed_42_twenty_thousand_customers_and_two_years() {
        DemoSpec spec = DemoSpec.defaults(END);

        assertThat(spec).isEqualTo(new DemoSpec(42, 20_000, END, 24));
        assertThat(spec.startDate()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void rejects_a_company_without_customers_naming_the_value() {
        assertThatThrownBy(() -> new DemoSpec(1, 0, END, 24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers must be between 1 and 5,000,000, not 0");
    }

    @Test
    void rejects_too_many_customers() {
        assertThatThrownBy(() -> new DemoSpec(1, 5_000_001, END, 24)).hasMessageContaining("not 5000001");
    }

    @Test
    void rejects_histories_shorter_than_three_months_or_longer_than_ten_years() {
        assertThatThrownBy(() -> new DemoSpec(1, 10, END, 2)).hasMessageContaining("months must be between 3 and 120, not 2");
        assertThatThrownBy(() -> new DemoSpec(1, 10, END, 121)).hasMessageContaining("not 121");
    }

    @Test
    void rejects_a_missing_end_date_because_the_generator_reads_no_clock() {
        assertThatThrownBy(() -> new DemoSpec(1, 10, null, 24)).hasMessageContaining("endDate is missing");
    }
}
