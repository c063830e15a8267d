package io.clientela.store.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Json;
import io.clientela.store.Workspace;
import io.clientela.store.overview.OverviewQueries.Month;
import io.clientela.store.overview.OverviewQueries.Overview;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.value.Currency;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewQueriesTest {
    private static final Currency USD = new Currency("USD", Map.of("EUR", 0.5));
    @TempDir
    Path tmp;
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"), "test");
        Db.update(ws.connection(), "INSERT INTO customers (customer_id, country, records) VALUES (1, 'DE', 1), (2, 'AT', 1)");
        Db.update(ws.connection(), """
                INSERT INTO orders (source, order_id, customer_id, ordered_at, status, currency, total_amount) VALUES
                    ('shop', 'o1', 1, TIMESTAMP '2025-06-10 10:00', 'paid', 'USD', 100),
                    ('shop', 'o2', 1, TIMESTAMP '2026-03-05 10:00', 'paid', 'EUR', 10),
                    ('shop', 'o3', 2, TIMESTAMP '2026-03-20 10:00', 'cancelled', 'USD', 999),
                    ('shop', 'o4', 2, TIMESTAMP '2026-05-31 23:00', 'paid', 'USD', 30)""");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void the_period_defaults_to_the_running_month_and_the_twelve_before_it() {
        Overview o = new OverviewQueries(ws.handle()).overview(CustomerFilter.NONE, USD, LocalDate.of(2026, 6, 10));

        assertThat(List.of(o.from(), o.to())).containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 10));
        assertThat(o.defaultWindow()).isTrue();
        assertThat(o.monthly()).as("every month, zero where nothing was sold, the running month partial").hasSize(13)
                .startsWith(new Month("2025-06", 100.0, 1, false), new Month("2025-07", 0.0, 0, false))
                .contains(new Month("2026-03", 20.0, 1, false), new Month("2026-05", 30.0, 1, false))
                .endsWith(new Month("2026-06", 0.0, 0, true));
        assertThat(o.revenue()).as("in the base currency, cancelled orders left out").isEqualTo(150.0);
        assertThat(List.of(o.orders(), o.activeCustomers(), o.customers(), o.runId())).containsExactly(3L, 2L, 2L, -1L);
        assertThat(o.nps()).as("no NPS answers").isNull();
        assertThat(o.currency()).isEqualTo("USD");
    }

    @Test
    void a_new_order_does_not_move_the_default_period() {
        OverviewQueries q = new OverviewQueries(ws.handle());
        Overview before = q.overview(CustomerFilter.NONE, USD, LocalDate.of(2026, 6, 10));
        Db.update(ws.connection(), "INSERT INTO orders (source, order_id, customer_id, ordered_at, status, currency, total_amount) "
                + "VALUES ('shop', 'live', 2, TIMESTAMP '2026-06-09 10:00', 'paid', 'USD', 5)");

        Overview after = q.overview(CustomerFilter.NONE, USD, LocalDate.of(2026, 6, 10));

        assertThat(List.of(after.from(), after.to())).isEqualTo(List.of(before.from(), before.to()));
        assertThat(after.monthly()).extracting(Month::month).isEqualTo(before.monthly().stream().map(Month::month).toList());
        assertThat(after.monthly().get(12)).isEqualTo(new Month("2026-06", 5.0, 1, true));
    }

    @Test
    void without_orders_in_the_last_twelve_months_the_period_is_the_last_orders_month_and_the_twelve_before_it() {
        Overview o = new OverviewQueries(ws.handle()).overview(CustomerFilter.NONE, USD, LocalDate.of(2030, 1, 1));

        assertThat(List.of(o.from(), o.to())).containsExactly(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 31));
        assertThat(o.monthly()).hasSize(13).noneMatch(Month::partial);
    }

    @Test
    void the_comparison_period_is_the_one_before_or_a_year_earlier() {
        CustomerFilter spring = CustomerFilter.period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31));
        CustomerFilter june = CustomerFilter.period(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        OverviewQueries q = new OverviewQueries(ws.handle());

        Overview previous = q.overview(spring, USD, LocalDate.of(2030, 1, 1), OverviewQueries.Compare.PREVIOUS);
        Overview year = q.overview(june, USD, LocalDate.of(2030, 1, 1), OverviewQueries.Compare.YEAR);

        assertThat(List.of(previous.comparison().from(), previous.comparison().to())).containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28));
        assertThat(previous.comparison().revenue()).isZero();
        assertThat(List.of(year.comparison().from(), year.comparison().to())).containsExactly(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30));
        assertThat(q.overview(june, USD, LocalDate.of(2030, 1, 1), OverviewQueries.Compare.PREVIOUS).comparison().from()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(OverviewQueries.Compare.PREVIOUS.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19)))
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 9));
    }

    @Test
    void a_customer_filter_narrows_the_figures_to_the_customers_it_keeps() {
        CustomerFilter de = new CustomerFilter(List.of("DE"), List.of(), List.of(), List.of(), List.of(), List.of(), LocalDate.of(2026, 1, 1), null);

        Overview o = new OverviewQueries(ws.handle()).overview(de, USD, LocalDate.of(2030, 1, 1));

        assertThat(o.revenue()).isEqualTo(20.0);
        assertThat(o.activeCustomers()).isEqualTo(1);
        assertThat(o.customers()).as("the customers the filter keeps").isEqualTo(1);
    }

    @Test
    void answers_in_the_dashboards_json_shape() {
        String json = Json.write(new OverviewQueries(ws.handle()).overview(CustomerFilter.NONE, USD, LocalDate.of(2026, 6, 10)));

        assertThat(json).startsWith("{\"from\":\"2025-06-01\",\"to\":\"2026-06-10\",\"currency\":\"USD\",\"revenue\":150.0,\"orders\":3,"
                + "\"active_customers\":2,\"at_risk_customers\":0,\"nps\":null,\"open_cases\":0,\"customers\":2,\"run_id\":-1,"
                + "\"monthly\":[{\"month\":\"2025-06\",\"revenue\":100.0,\"orders\":1,\"partial\":false},");
        assertThat(json).endsWith("\"default_window\":true,\"compare\":null,\"comparison\":null}");
    }

    @Test
    void the_filter_choices_are_the_values_in_the_data() {
        OverviewQueries.FilterChoices f = new OverviewQueries(ws.handle()).choices(USD);

        assertThat(f.country()).containsExactly("AT", "DE");
        assertThat(f.segment()).isEmpty();
        assertThat(List.of(f.dataFrom(), f.dataTo())).containsExactly(LocalDate.of(2025, 6, 10), LocalDate.of(2026, 5, 31));
    }
}
