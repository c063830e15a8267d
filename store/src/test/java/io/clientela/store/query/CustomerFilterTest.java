package io.clientela.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.core.UsageException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerFilterTest {
    @Test
    void binds_each_value_in_the_order_of_its_placeholder() {
        CustomerFilter f = new CustomerFilter(List.of("DE", "AT"), List.of(), List.of("web"), List.of(), List.of("A"), List.of(), null, null);
        List<Object> p = new ArrayList<>(List.of(7L));

        String where = f.where(p);

        assertThat(where).isEqualTo("c.country IN (?, ?) AND c.acquisition_channel IN (?) AND v.abc_class IN (?)");
        assertThat(p).containsExactly(7L, "DE", "AT", "web", "A");
        assertThat(f.onCustomers()).isTrue();
    }

    @Test
    void a_period_alone_is_no_condition_on_customers() {
        CustomerFilter f = CustomerFilter.period(LocalDate.of(2026, 1, 1), null);
        List<Object> p = new ArrayList<>();

        assertThat(f.where(p)).isEqualTo("true");
        assertThat(p).isEmpty();
        assertThat(f.onCustomers()).isFalse();
    }

    @Test
    void refuses_a_period_that_ends_before_it_starts() {
        assertThatThrownBy(() -> CustomerFilter.period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))).isInstanceOf(UsageException.class)
                .hasMessage("parameter 'to': 2026-01-31 is before 'from' 2026-02-01");
    }
}
