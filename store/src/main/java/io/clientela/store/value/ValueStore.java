package io.clientela.store.value;

import io.clientela.core.value.CustomerInputs;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes and reads value-analysis runs: the run record, its per-customer and per-product results. */
public final class ValueStore {
    private final Connection c;

    public ValueStore(Handle h) {
        this.c = h.connection();
    }

    public long nextRunId() {
        return Db.queryLong(c, "SELECT nextval('run_seq')");
    }

    /** Writes the per-customer results of a run, in customer id order. */
    public void writeCustomers(long runId, CustomerInputs in, CustomerScores s) {
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "customer_values")) {
            for (int i = 0; i < in.size(); i++) {
                a.beginRow();
                a.append(runId);
                a.append(in.customerId()[i]);
                a.append(LocalDate.ofEpochDay(in.firstDay()[i]));
                a.append(LocalDate.ofEpochDay(in.lastDay()[i]));
                a.append(in.orders()[i]);
                a.append(in.recencyDays(i));
                a.append(in.revenue()[i]);
                appendDouble(a, in.margin()[i]);
                appendByte(a, s.recencyScore(), i);
                appendByte(a, s.frequencyScore(), i);
                appendByte(a, s.monetaryScore(), i);
                appendString(a, s.segment() == null ? null : s.segment()[i]);
                appendString(a, s.abcClass() == null ? null : String.valueOf(s.abcClass()[i]));
                appendDouble(a, in.satisfaction()[i]);
                a.append(in.responses()[i]);
                appendString(a, s.quadrant() == null ? null : s.quadrant()[i]);
                appendDouble(a, s.probabilityAlive(), i);
                appendDouble(a, s.expectedPurchases(), i);
                appendDouble(a, s.expectedOrderValue(), i);
                appendDouble(a, s.clv(), i);
                a.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("appending customer_values", e);
        }
    }

    /** Writes a run's product classes. */
    public void writeProducts(long runId, String[] productIds, double[] revenue, double[] share, double[] cumulativeShare, char[] abcClass) {
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "product_values")) {
            for (int i = 0; i < productIds.length; i++) {
                a.beginRow();
                a.append(runId);
                a.append(productIds[i]);
                a.append(revenue[i]);
                a.append(share[i]);
                a.append(cumulativeShare[i]);
                a.append(String.valueOf(abcClass[i]));
                a.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("appending product_values", e);
        }
    }

    public void insertRun(AnalysisRun r) {
        String analyses = "[" + String.join(", ", r.analyses().stream().map(Db::literal).toList()) + "]";
        Db.update(c, "INSERT INTO analysis_runs VALUES (?, " + analyses + ", ?, ?::JSON, ?, ?, ?, ?, ?, ?, ?::JSON)", r.runId(), r.asOf(), r.parameters(),
                r.dataFrom(), r.dataTo(), r.algorithmVersion(), Timestamp.from(r.startedAt()), Timestamp.from(r.finishedAt()),
                r.customers(), r.result());
    }

    /** The runs, newest first, without their result documents. */
    public List<AnalysisRun> runs() {
        List<AnalysisRun> out = new ArrayList<>();
        for (Map<String, Object> m : Db.query(c, "SELECT * EXCLUDE (result), NULL AS result FROM analysis_runs ORDER BY run_id DESC")) {
            out.add(run(m));
        }
        return out;
    }

    public Optional<AnalysisRun> run(long runId) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT * FROM analysis_runs WHERE run_id = ?", runId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(run(rows.get(0)));
    }

    /** The latest run that computed the analysis, if any. */
    public Optional<Long> latestRun(String analysis) {
        return Optional.ofNullable(Db.queryLong(c, "SELECT max(run_id) FROM analysis_runs WHERE list_contains(analyses, ?)", analysis));
    }

    /**
     * A page of the per-customer results of a run with each customer's name, e-mail and country:
     * up to {@code limit} customers with an id above {@code afterCustomerId}, in id order.
     */
    public List<Map<String, Object>> customerValuesAfter(long runId, long afterCustomerId, int limit) {
        return Db.query(c, """
                SELECT v.customer_id, c.name, c.email, c.country, v.* EXCLUDE (run_id, customer_id)
                FROM customer_values v LEFT JOIN customers c USING (customer_id)
                WHERE v.run_id = ? AND v.customer_id > ? ORDER BY v.customer_id LIMIT ?
                """, runId, afterCustomerId, limit);
    }

    /** The latest values held on one customer's profile, or empty when no run has scored them. */
    public Optional<Map<String, Object>> latestValues(long customerId) {
        List<Map<String, Object>> rows = Db.query(c, "SELECT * EXCLUDE (customer_id) FROM latest_values WHERE customer_id = ?", customerId);
        if (rows.isEmpty() || rows.get(0).values().stream().allMatch(v -> v == null)) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0));
    }

    private static AnalysisRun run(Map<String, Object> m) {
        Object analyses = m.get("analyses");
        List<String> names = analyses instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : Arrays.stream(String.valueOf(analyses).replaceAll("[\\[\\]]", "").split(",\\s*")).toList();
        return new AnalysisRun(((Number) m.get("run_id")).longValue(), names, (LocalDate) m.get("as_of"), String.valueOf(m.get("parameters")),
                (LocalDate) m.get("data_from"), (LocalDate) m.get("data_to"), (String) m.get("algorithm_version"),
                instant(m.get("started_at")), instant(m.get("finished_at")), ((Number) m.get("customers")).longValue(),
                m.get("result") == null ? null : String.valueOf(m.get("result")));
    }

    private static java.time.Instant instant(Object v) {
        if (v instanceof java.time.LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return v instanceof Timestamp t ? t.toInstant() : null;
    }

    private static void appendDouble(DuckDBAppender a, double[] values, int i) throws SQLException {
        if (values == null) {
            a.appendNull();
        } else {
            appendDouble(a, values[i]);
        }
    }

    private static void appendDouble(DuckDBAppender a, double v) throws SQLException {
        if (Double.isNaN(v)) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private static void appendByte(DuckDBAppender a, byte[] values, int i) throws SQLException {
        if (values == null) {
            a.appendNull();
        } else {
            a.append(values[i]);
        }
    }

    private static void appendString(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }
}
