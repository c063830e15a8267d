package io.clientela.app.http;

import io.clientela.core.UsageException;
import io.clientela.core.NotFoundException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientela.store.Db;
import java.sql.Connection;

/** Which value run a page reads: {@code run=N}, or the latest run with RFM results (else the latest run). */
final class Runs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Runs() {
    }

    static long chosen(Call call) {
        String run = Params.text(call.ctx(), "run", 18);
        if (run != null) {
            try {
                long id = Long.parseLong(run);
                if (Db.queryLong(call.c(), "SELECT count(*) FROM analysis_runs WHERE run_id = ?", id) == 0) {
                    throw new NotFoundException("no value run " + id + "; see /api/v1/runs");
                }
                return id;
            } catch (NumberFormatException e) {
                throw new UsageException("parameter 'run': expected a run number, got '" + run + "'");
            }
        }
        return latest(call.c());
    }

    /** The latest run with RFM results, else the latest run, else -1 (no runs: every value page is empty). */
    static long latest(Connection c) {
        Long id = Db.queryLong(c, "SELECT coalesce(max(run_id) FILTER (WHERE list_contains(analyses, 'rfm')), max(run_id), -1) FROM analysis_runs");
        return id == null ? -1 : id;
    }

    /** The stored aggregate result of a run, as JSON (an empty object when absent). */
    static JsonNode result(Connection c, long runId) {
        String s = Db.queryString(c, "SELECT CAST(result AS VARCHAR) FROM analysis_runs WHERE run_id = ?", runId);
        try {
            return s == null ? JSON.createObjectNode() : JSON.readTree(s);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("run " + runId + " has an unreadable result", e);
        }
    }

    static JsonNode parse(String s) {
        try {
            return s == null ? null : JSON.readTree(s);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable JSON in the workspace", e);
        }
    }
}
