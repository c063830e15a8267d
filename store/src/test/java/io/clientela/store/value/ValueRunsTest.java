package io.clientela.store.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Json;
import io.clientela.store.Workspace;
import io.clientela.store.query.CustomerFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueRunsTest {
    @TempDir
    Path tmp;

    private static void run(Workspace ws, long id, String analyses, String result) {
        Db.update(ws.connection(), "INSERT INTO analysis_runs VALUES (?, CAST(? AS VARCHAR[]), DATE '2026-11-01', '{\"seed\": 1}', DATE '2024-11-01', "
                + "DATE '2026-10-31', 'rfm-1', TIMESTAMP '2026-11-01 10:00', TIMESTAMP '2026-11-01 10:01', 2, ?)", id, analyses, result);
    }

    @Test
    void pages_read_the_latest_run_with_rfm_results() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            ValueRuns runs = new ValueRuns(ws.handle());
            assertThat(runs.latest()).as("no runs").isEqualTo(-1);
            run(ws, 1, "[rfm, abc]", "{}");
            run(ws, 2, "[clv]", "{}");
            assertThat(runs.latest()).isEqualTo(1);
            assertThat(runs.exists(2)).isTrue();
            assertThat(runs.exists(3)).isFalse();
        }
    }

    @Test
    void one_run_comes_with_its_stored_documents() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            run(ws, 1, "[rfm, abc]", "{\"abc\": {\"pareto_curve\": [[0.2, 0.8]]}}");

            ValueRuns.RunDetail d = new ValueRuns(ws.handle()).detail(1).orElseThrow();

            assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(d.parameters().path("seed").asInt()).isEqualTo(1);
            assertThat(Json.write(d)).startsWith("{\"run_id\":1,\"analyses\":\"[rfm, abc]\",\"as_of\":\"2026-11-01\",\"data_from\":\"2024-11-01\",")
                    .endsWith("\"customers\":2,\"parameters\":{\"seed\":1},\"result\":{\"abc\":{\"pareto_curve\":[[0.2,0.8]]}}}");
            assertThat(new ValueRuns(ws.handle()).detail(7)).isEmpty();
        }
    }

    @Test
    void the_abc_page_answers_the_stored_pareto_curve_unless_customers_are_filtered() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            run(ws, 1, "[rfm, abc]", "{\"abc\": {\"pareto_curve\": [[0.5, 0.9], [1.0, 1.0]]}}");
            Db.update(ws.connection(), "INSERT INTO customers (customer_id, country, records) VALUES (1, 'DE', 1), (2, 'AT', 1)");
            Db.update(ws.connection(), "INSERT INTO customer_values (run_id, customer_id, revenue, abc_class) VALUES (1, 1, 90, 'A'), (1, 2, 10, 'C')");
            ValueQueries value = new ValueQueries(ws.handle());

            ValueQueries.Abc stored = value.abc(1, CustomerFilter.NONE);
            ValueQueries.Abc de = value.abc(1, new CustomerFilter(List.of("DE"), List.of(), List.of(), List.of(), List.of(), List.of(), null, null));

            assertThat(stored.paretoCurve()).containsExactly(new ValueQueries.ParetoPoint(0.5, 0.9), new ValueQueries.ParetoPoint(1.0, 1.0));
            assertThat(stored.classes()).extracting(r -> r.get("class")).containsExactly("A", "C");
            assertThat(de.paretoCurve()).containsExactly(new ValueQueries.ParetoPoint(1.0, 1.0));
            assertThat(Json.write(de)).isEqualTo("{\"run_id\":1,\"classes\":[{\"class\":\"A\",\"customers\":1,\"revenue\":90.0}],"
                    + "\"pareto_curve\":[{\"customer_share\":1.0,\"revenue_share\":1.0}]}");
        }
    }
}
