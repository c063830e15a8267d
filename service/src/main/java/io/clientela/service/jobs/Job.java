package io.clientela.service.jobs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a background job is doing, as of one moment.
 *
 * @param id        the job's id, unique while the server runs
 * @param kind      what it runs ({@code value} or {@code voice} analysis)
 * @param state     {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param step      the name of the step under way (the last one once finished); null before the first
 * @param done      steps finished so far, of {@code total}
 * @param runId     the run it stored, once done
 * @param error     why it failed, for a person (never a Java class name)
 * @param startedBy who started it
 */
public record Job(long id, String kind, String state, String step, int done, int total, Long runId, String error, String startedBy,
                  Instant queuedAt, Instant startedAt, Instant finishedAt) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    /** Whether it is still to finish. */
    public boolean active() {
        return state.equals(QUEUED) || state.equals(RUNNING);
    }

    /** Progress from 0 to 100 (100 once done). */
    public int percent() {
        if (state.equals(DONE)) {
            return 100;
        }
        return total <= 0 ? 0 : Math.min(99, done * 100 / total);
    }

    /** As the REST API shows it. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_id", id);
        m.put("kind", kind);
        m.put("state", state);
        m.put("step", step);
        m.put("done", done);
        m.put("total", total);
        m.put("percent", percent());
        m.put("run_id", runId);
        m.put("error", error);
        m.put("started_by", startedBy);
        m.put("queued_at", queuedAt == null ? null : queuedAt.toString());
        m.put("started_at", startedAt == null ? null : startedAt.toString());
        m.put("finished_at", finishedAt == null ? null : finishedAt.toString());
        return m;
    }

    Job with(String newState, String newStep, int newDone, Long newRunId, String newError, Instant started, Instant finished) {
        return new Job(id, kind, newState, newStep, newDone, total, newRunId, newError, startedBy, queuedAt, started, finished);
    }
}
