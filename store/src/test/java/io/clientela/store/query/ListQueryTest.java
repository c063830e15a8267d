package io.clientela.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.core.UsageException;
import io.clientela.store.Db;
import io.clientela.store.RowSink;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListQueryTest {
    @TempDir
    Path tmp;
    private Workspace ws;
    private final ListQuery customers = new ListQuery("customer_id, name, country", "customers WHERE customer_id <> ?", List.of(99L),
            Set.of("customer_id", "country"), "customer_id");

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"), "test");
        Db.update(ws.connection(), """
                INSERT INTO customers (customer_id, name, country, records) VALUES
                    (1, 'Ann', 'DE', 1), (2, 'Bo, "B"', NULL, 1), (3, 'Cy', 'AT', 1), (4, 'Di', 'DE', 1), (99, 'Left out', 'DE', 1)""");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void answers_one_page_with_the_total_of_the_whole_list() {
        Page page = customers.page(ws.handle(), new PageRequest(2, 3, "customer_id", "asc"));

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(r -> r.get("customer_id")).containsExactly(4L);
        assertThat(page.items().get(0)).containsOnlyKeys("customer_id", "name", "country");
        assertThat(List.of(page.page(), page.size())).containsExactly(2, 3);
    }

    @Test
    void sorts_nulls_last_in_either_order() {
        Page asc = customers.page(ws.handle(), new PageRequest(1, 10, "country", "asc"));
        Page desc = customers.page(ws.handle(), new PageRequest(1, 10, "country", "desc"));

        assertThat(asc.items()).extracting(r -> r.get("country")).containsExactly("AT", "DE", "DE", null);
        assertThat(desc.items()).extracting(r -> r.get("country")).containsExactly("DE", "DE", "AT", null);
    }

    @Test
    void refuses_a_sort_column_the_list_does_not_offer_naming_the_parameter() {
        assertThatThrownBy(() -> customers.page(ws.handle(), new PageRequest(1, 10, "name", "asc"))).isInstanceOf(UsageException.class)
                .hasMessage("parameter 'sort': expected one of [country, customer_id], got 'name'");
        assertThatThrownBy(() -> new PageRequest(0, 10, "name", "asc")).isInstanceOf(UsageException.class).hasMessageContaining("'page'");
        assertThatThrownBy(() -> new PageRequest(1, 10, "name", "up")).isInstanceOf(UsageException.class).hasMessageContaining("'order'");
    }

    @Test
    void streams_every_row_as_text_after_the_labels() {
        List<String> labels = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        customers.stream(ws.handle(), "customer_id", "desc", new RowSink() {
            @Override
            public void columns(List<String> l) {
                labels.addAll(l);
            }

            @Override
            public void row(List<String> cells) {
                rows.add(cells);
            }
        });

        assertThat(labels).containsExactly("customer_id", "name", "country");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("4", "Di", "DE");
        assertThat(rows.get(2)).containsExactly("2", "Bo, \"B\"", null);
    }
}
