package io.clientela.service.jobs;

import io.clientela.core.ClientelaException;
import io.clientela.store.Handle;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The background jobs of one server. A job runs on the one thread of its kind, on a database
 * connection of its own, so requests keep being served while it works; a second job of a kind that
 * is queued or running is refused ({@link JobRunningException}). The last {@value #KEPT} jobs are
 * kept in memory (not in the workspace: a restart forgets them; their runs are stored).
 */
public final class Jobs implements AutoCloseable {
    /** How many jobs are remembered. */
    public static final int KEPT = 50;
    /** How long closing waits for a running job before interrupting it (its run is then not stored). */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    private final Supplier<Handle> connections;
    private final Clock clock;
    private final BiConsumer<String, Throwable> faults;
    private final Map<String, ExecutorService> threads = new HashMap<>();
    private final LinkedHashMap<Long, Job> jobs = new LinkedHashMap<>();
    private long lastId;
    private boolean closed;

    /** The work of a job: runs on {@code h}, names each step as it starts, returns the id of the run it stored. */
    @FunctionalInterface
    public interface Work {
        long run(Handle h, Consumer<String> step);
    }

    /**
     * @param connections opens a new connection to the workspace (closed when the job ends)
     * @param faults      told of a job that failed because of a fault of Clientela (to log it with its stack trace)
     */
    public Jobs(Supplier<Handle> connections, Clock clock, BiConsumer<String, Throwable> faults) {
        this.connections = connections;
        this.clock = clock;
        this.faults = faults;
    }

    /**
     * Queues a job of {@code kind} with {@code total} steps.
     *
     * @throws JobRunningException when a job of this kind is queued or running
     */
    public synchronized Job start(String kind, int total, String startedBy, Work work) {
        if (closed) {
            throw new io.clientela.core.UnavailableException("the server is stopping; start the analysis again once it runs");
        }
        for (Job j : jobs.values()) {
            if (j.kind().equals(kind) && j.active()) {
                throw new JobRunningException(j);
            }
        }
        Job job = new Job(++lastId, kind, Job.QUEUED, null, 0, total, null, null, startedBy, clock.instant(), null, null);
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            Long oldest = jobs.keySet().stream().filter(id -> !jobs.get(id).active()).findFirst().orElse(null);
            if (oldest == null) {
                break;
            }
            jobs.remove(oldest);
        }
        threads.computeIfAbsent(kind, k -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "clientela-job-" + k);
            t.setDaemon(true);
            return t;
        })).execute(() -> execute(job.id(), work));
        return job;
    }

    /** The job of that id, if it is remembered. */
    public synchronized Optional<Job> find(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The remembered jobs, newest first. */
    public synchronized List<Job> list() {
        List<Job> out = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(out);
        return out;
    }

    private void execute(long id, Work work) {
        update(id, j -> j.with(Job.RUNNING, null, 0, null, null, clock.instant(), null));
        try (Handle h = connections.get()) {
            long runId = work.run(h, step -> update(id, j -> j.with(Job.RUNNING, step, j.step() == null ? 0 : Math.min(j.total(), j.done() + 1),
                    null, null, j.startedAt(), null)));
            update(id, j -> j.with(Job.DONE, j.step(), j.total(), runId, null, j.startedAt(), clock.instant()));
        } catch (ClientelaException e) {
            if (e.kind() == ClientelaException.Kind.FAULT) {
                failed(id, e);
            } else {
                update(id, j -> j.with(Job.FAILED, j.step(), j.done(), null, e.getMessage(), j.startedAt(), clock.instant()));
            }
        } catch (RuntimeException | Error e) {
            failed(id, e);
        }
    }

    private void failed(long id, Throwable e) {
        Job j = find(id).orElseThrow();
        faults.accept("job " + id + " (" + j.kind() + " analysis)", e);
        update(id, x -> x.with(Job.FAILED, x.step(), x.done(), null, "the analysis failed because of a fault in Clientela at the step '"
                + (x.step() == null ? "starting" : x.step()) + "'; the error is in the server's log", x.startedAt(), clock.instant()));
    }

    private synchronized void update(long id, UnaryOperator<Job> change) {
        Job j = jobs.get(id);
        if (j != null) {
            jobs.put(id, change.apply(j));
        }
    }

    /** Refuses new jobs, waits up to {@link #CLOSE_WAIT} for a running one, then interrupts it. */
    @Override
    public void close() {
        List<ExecutorService> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(threads.values());
        }
        all.forEach(ExecutorService::shutdown);
        for (ExecutorService t : all) {
            try {
                if (!t.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    t.shutdownNow();
                }
            } catch (InterruptedException e) {
                t.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
