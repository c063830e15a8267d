package io.clientela.store.value;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.Json;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.query.ListQuery;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The value runs as the dashboard reads them: which run a page shows, one run with its stored documents, the lists of runs and of a run's customers. */
public final class ValueRuns {
    private final Connection c;

    public ValueRuns(Handle h) {
        this.c = h.connection();
    }

    /**
     * One run: what it computed, as of when, over which data, with its parameters and aggregate
     * result as stored (JSON documents).
     */
    public record RunDetail(@JsonProperty("run_id") long runId, String analyses, @JsonProperty("as_of") LocalDate asOf,
                            @JsonProperty("data_from") LocalDate dataFrom, @JsonProperty("data_to") LocalDate dataTo,
                            @JsonProperty("algorithm_version") String algorithmVersion, @JsonProperty("started_at") LocalDateTime startedAt,
                            @JsonProperty("finished_at") LocalDateTime finishedAt, long customers, JsonNode parameters, JsonNode result) {
    }

    /** The latest run with RFM results, else the latest run, else -1 (no runs: every value page is empty). */
    public long latest() {
        Long id = Db.queryLong(c, "SELECT coalesce(max(run_id) FILTER (WHERE list_contains(analyses, 'rfm')), max(run_id), -1) FROM analysis_runs");
        return id == null ? -1 : id;
    }

    public boolean exists(long runId) {
        return Db.queryLong(c, "SELECT count(*) FROM analysis_runs WHERE run_id = ?", runId) != 0;
    }

    /** The stored aggregate result of a run (an empty object when there is no such run). */
    public JsonNode result(long runId) {
        return Json.tree(Db.queryString(c, "SELECT CAST(result AS VARCHAR) FROM analysis_runs WHERE run_id = ?", runId));
    }

    /** One run with its parameters and result; empty when there is no such run. */
    public Optional<RunDetail> detail(long runId) {
        List<Map<String, Object>> rows = Db.query(c, """
                SELECT run_id, CAST(analyses AS VARCHAR) AS analyses, as_of, data_from, data_to, algorithm_version, started_at, finished_at,
                       customers, CAST(parameters AS VARCHAR) AS parameters
                FROM analysis_runs WHERE run_id = ?""", runId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> r = rows.get(0);
        return Optional.of(new RunDetail(((Number) r.get("run_id")).longValue(), (String) r.get("analyses"), (LocalDate) r.get("as_of"),
                (LocalDate) r.get("data_from"), (LocalDate) r.get("data_to"), (String) r.get("algorithm_version"),
                (LocalDateTime) r.get("started_at"), (LocalDateTime) r.get("finished_at"), ((Number) r.get("customers")).longValue(),
                r.get("parameters") == null ? null : Json.tree((String) r.get("parameters")), result(runId)));
    }

    /** The runs: what, as of when, over which data. */
    public static ListQuery list() {
        return new ListQuery("run_id, CAST(analyses AS VARCHAR) AS analyses, as_of, data_from, data_to, customers, algorithm_version, started_at, "
                + "finished_at", "analysis_runs", List.of(), Set.of("run_id", "as_of", "customers"), "run_id");
    }

    /** One run's per-customer results with the customer's name, e-mail and country, under the filter's value conditions. */
    public static ListQuery customers(long runId, CustomerFilter f) {
        List<Object> p = new ArrayList<>(List.of(runId));
        String w = f.where(p);
        return new ListQuery("v.customer_id, c.name, c.email, c.country, v.* EXCLUDE (run_id, customer_id)",
                "customer_values v JOIN customers c USING (customer_id) WHERE v.run_id = ? AND " + w, p,
                Set.of("customer_id", "revenue", "clv", "orders", "p_alive"), "customer_id");
    }
}
