package io.clientela.app.http;

import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.store.voice.VoiceQueries;

/** Which voice run ({@code analyze voice}) a voice page reads: {@code run=N}, or the latest; {@code null} when none has run. */
final class VoiceRuns {
    static final String NONE = "no voice analysis has run yet: run 'clientela analyze voice'";

    private VoiceRuns() {
    }

    static Long chosen(Call call) {
        String run = Params.text(call.ctx(), "run", 18);
        VoiceQueries voice = new VoiceQueries(call.c());
        if (run == null) {
            return voice.latestRun();
        }
        long id;
        try {
            id = Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new UsageException("parameter 'run': expected a voice run number, got '" + run + "'");
        }
        if (!voice.hasRun(id)) {
            throw new NotFoundException("no voice run " + id + "; see /api/v1/voice/summary");
        }
        return id;
    }
}
