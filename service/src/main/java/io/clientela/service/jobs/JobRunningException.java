package io.clientela.service.jobs;

import io.clientela.core.ConflictException;

/** A job of this kind is queued or running already: one at a time per kind. Carries the running job's id. */
public final class JobRunningException extends ConflictException {
    private final long jobId;

    JobRunningException(Job running) {
        super("a " + running.kind() + " analysis is already " + running.state() + " as job " + running.id() + " (started by "
                + running.startedBy() + "); wait for it to finish, then start another");
        this.jobId = running.id();
    }

    public long jobId() {
        return jobId;
    }
}
