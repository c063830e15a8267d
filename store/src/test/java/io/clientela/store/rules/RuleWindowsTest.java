package io.clientela.store.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import io.clientela.store.rules.WindowQuery.Items;
import io.clientela.store.rules.WindowQuery.Measure;
import io.clientela.store.rules.WindowQuery.Per;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleWindowsTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 12, 0);
    @TempDir
    Path tmp;
    Workspace ws;
    RuleWindows windows;

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"), "test");
        windows = new RuleWindows(Handle.on(ws.connection()));
        order(1, "A1", 100, 300, "completed");
        order(1, "A2", 20, 200, "completed");
        order(1, "A3", 10, 999, "cancelled");
        order(2, "B1", 5, 50, "returned");
        order(2, "B2", 40, 70, "completed");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void order(long customer, String id, int daysAgo, double amount, String status) {
        Db.update(ws.connection(), "INSERT INTO orders (source, order_id, customer_key, customer_id, ordered_at, status, total_amount) "
                + "VALUES ('shop', ?, ?, ?, ?, ?, ?)", id, String.valueOf(customer), customer, NOW.minusDays(daysAgo), status, amount);
    }

    private static WindowQuery last(Measure m, Items items, String type, int days) {
        return new WindowQuery(m, items, type, Per.CUSTOMER, NOW.minusDays(days), NOW);
    }

    @Test
    void revenue_leaves_out_cancelled_orders_and_orders_before_the_window() {
        assertThat(windows.values(last(Measure.REVENUE, null, null, 30), null)).containsOnly(
                org.assertj.core.api.Assertions.entry("1", 200.0), org.assertj.core.api.Assertions.entry("2", 50.0));
        assertThat(windows.values(last(Measure.REVENUE, null, null, 30), "2")).as("one subject").containsOnlyKeys("2");
    }

    @Test
    void counts_filter_by_type_without_regard_to_case_and_returns_count_returned_orders() {
        assertThat(windows.values(last(Measure.COUNT, Items.ORDER, "Completed", 365), null)).containsEntry("1", 2.0).containsEntry("2", 1.0);
        assertThat(windows.values(last(Measure.COUNT, Items.RETURN, null, 30), null)).containsOnlyKeys("2");
        assertThat(windows.values(last(Measure.COUNT, Items.TICKET, null, 30), null)).as("no tickets: nobody has a value").isEmpty();
    }

    @Test
    void days_since_counts_whole_days_to_the_end_of_the_window() {
        assertThat(windows.values(new WindowQuery(Measure.DAYS_SINCE, Items.ORDER, null, Per.CUSTOMER, LocalDateTime.of(1900, 1, 1, 0, 0), NOW), null))
                .containsEntry("1", 10.0).containsEntry("2", 5.0);
    }

    @Test
    void a_window_without_its_items_or_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> last(Measure.COUNT, null, null, 7)).hasMessageContaining("COUNT needs items");
        assertThatThrownBy(() -> new WindowQuery(Measure.REVENUE, null, null, Per.PRODUCT, NOW, NOW.minusDays(1))).hasMessageContaining("from <= to");
    }
}
