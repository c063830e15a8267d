package io.clientela.app.http;

import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.store.value.ValueRuns;

/** Which value run a page reads: {@code run=N} (400 when not a number, 404 when there is no such run), or the store's latest. */
final class Runs {
    private Runs() {
    }

    static long chosen(Call call) {
        String run = Params.text(call.ctx(), "run", 18);
        ValueRuns runs = new ValueRuns(call.c());
        if (run == null) {
            return runs.latest();
        }
        long id;
        try {
            id = Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new UsageException("parameter 'run': expected a run number, got '" + run + "'");
        }
        if (!runs.exists(id)) {
            throw new NotFoundException("no value run " + id + "; see /api/v1/runs");
        }
        return id;
    }
}
