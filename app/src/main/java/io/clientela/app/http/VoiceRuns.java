package io.clientela.app.http;

import io.clientela.core.UsageException;
import io.clientela.core.NotFoundException;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import java.sql.Connection;

/** Which voice run ({@code analyze voice}) a voice page reads: {@code run=N}, or the latest; {@code null} when none has run. */
final class VoiceRuns {
    static final String NONE = "no voice analysis has run yet: run 'clientela analyze voice'";

    private VoiceRuns() {
    }

    static Long chosen(Call call) {
        String run = Params.text(call.ctx(), "run", 18);
        if (run == null) {
            return latest(call.c());
        }
        long id;
        try {
            id = Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new UsageException("parameter 'run': expected a voice run number, got '" + run + "'");
        }
        if (Db.queryLong(call.c(), "SELECT count(*) FROM voice_runs WHERE run_id = ?", id) == 0) {
            throw new NotFoundException("no voice run " + id + "; see /api/v1/voice/summary");
        }
        return id;
    }

    static Long latest(Connection c) {
        return Db.queryLong(c, "SELECT max(run_id) FROM voice_runs");
    }

    /** The run's stored aggregates (an empty object when there is no run). */
    static JsonNode aggregates(Connection c, Long run) {
        if (run == null) {
            return Runs.parse("{}");
        }
        return Runs.parse(Db.queryString(c, "SELECT CAST(aggregates AS VARCHAR) FROM voice_runs WHERE run_id = ?", run));
    }
}
