package io.clientela.store.voice;

import io.clientela.core.voice.ResponseReading;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Stores and reads the results of {@code analyze voice} runs (tables voice_runs and voice_responses, migrations V006 and V008). */
public final class VoiceResults {
    private VoiceResults() {
    }


    /**
     * Saves a run in one transaction: its provenance and aggregates (JSON text) and one row per
     * response. Returns the new run id (one more than the last).
     */
    public static long save(Handle h, LocalDateTime createdAt, String provenanceJson, String aggregatesJson, List<ResponseReading> rows) {
        Connection c = h.connection();
        String stage = "CREATE OR REPLACE TABLE voice_stage (source VARCHAR, feedback_id VARCHAR, customer_id BIGINT, language VARCHAR, "
                + "language_source VARCHAR, given_language VARCHAR, sentiment DOUBLE, label VARCHAR, method VARCHAR, themes VARCHAR, "
                + "empty_text BOOLEAN, truncated BOOLEAN, html_stripped BOOLEAN, mixed_language BOOLEAN, invalid_utf8 INTEGER, responded_at TIMESTAMP, "
                + "nps INTEGER)";
        return Db.inTransaction(c, tx -> {
            long runId = Db.queryLong(c, "SELECT coalesce(max(run_id), 0) + 1 FROM voice_runs");
            Db.update(c, "INSERT INTO voice_runs VALUES (?, ?, ?, ?, CAST(? AS JSON), CAST(? AS JSON))", runId, createdAt, rows.size(),
                    rows.stream().filter(r -> !r.empty()).count(), provenanceJson, aggregatesJson);
            Db.execute(c, stage);
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "voice_stage")) {
                for (ResponseReading r : rows) {
                    a.beginRow();
                    a.append(r.source());
                    a.append(r.feedbackId());
                    appendLong(a, r.customerId());
                    a.append(r.language());
                    a.append(r.languageSource());
                    a.append(r.givenLanguage());
                    if (r.sentiment() == null) {
                        a.appendNull();
                    } else {
                        a.append(r.sentiment().doubleValue());
                    }
                    a.append(r.label());
                    a.append(r.method());
                    a.append(String.join("|", r.themes()));
                    a.append(r.empty());
                    a.append(r.truncated());
                    a.append(r.htmlStripped());
                    a.append(r.mixed());
                    a.append(r.invalidUtf8());
                    if (r.respondedAt() == null) {
                        a.appendNull();
                    } else {
                        a.append(r.respondedAt());
                    }
                    if (r.nps() == null) {
                        a.appendNull();
                    } else {
                        a.append(r.nps().intValue());
                    }
                    a.endRow();
                }
            }
            Db.update(c, "INSERT INTO voice_responses SELECT ?, source, feedback_id, customer_id, language, language_source, given_language, "
                    + "sentiment, label, method, CASE WHEN themes = '' THEN []::VARCHAR[] ELSE string_split(themes, '|') END, empty_text, "
                    + "truncated, html_stripped, mixed_language, invalid_utf8, responded_at, nps FROM voice_stage", runId);
            Db.execute(c, "DROP TABLE voice_stage");
            return runId;
        });
    }

    private static void appendLong(DuckDBAppender a, Long v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.longValue());
        }
    }

    /** The latest run: id, created_at, responses, with_text, provenance, aggregates; empty when none. */
    public static List<Map<String, Object>> latestRun(Handle h) {
        Connection c = h.connection();
        return Db.query(c, "SELECT run_id, created_at, responses, with_text, CAST(provenance AS VARCHAR) AS provenance, "
                + "CAST(aggregates AS VARCHAR) AS aggregates FROM voice_runs ORDER BY run_id DESC LIMIT 1");
    }

    /**
     * A customer's feedback, newest first, with the language, sentiment and themes found by the
     * latest voice run (null columns when no run has read it yet).
     */
    public static List<Map<String, Object>> feedbackOf(Handle h, long customerId, int limit) {
        Connection c = h.connection();
        return Db.query(c, """
                SELECT f.responded_at, f.survey, f.nps, f.csat, f.ces, left(f.text, 200) AS text, v.language, v.sentiment, v.label,
                       array_to_string(v.themes, ', ') AS themes
                FROM feedback f
                LEFT JOIN voice_responses v ON v.source = f.source AND v.feedback_id = f.feedback_id
                     AND v.run_id = (SELECT max(run_id) FROM voice_runs)
                WHERE f.customer_id = ?
                ORDER BY f.responded_at DESC
                LIMIT ?""", customerId, limit);
    }
}
