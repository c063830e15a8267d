package io.clientela.service.voice;

import io.clientela.analytics.voice.VoicePipeline;
import io.clientela.analytics.voice.VoiceRun;
import io.clientela.analytics.voice.kpi.Kpis;
import io.clientela.analytics.voice.sentiment.SentimentAnalyzer;
import io.clientela.analytics.voice.sentiment.Training;
import io.clientela.analytics.voice.terms.Taxonomy;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.core.UsageException;
import io.clientela.core.voice.FeedbackResponse;
import io.clientela.store.Handle;
import io.clientela.store.Json;
import io.clientela.store.Workspace;
import io.clientela.store.voice.FeedbackResponses;
import io.clientela.store.voice.VoiceResults;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The voice-of-the-customer use case ({@code analyze voice}): reads the workspace's feedback, reads
 * each response with the bundled sentiment models and the retail theme taxonomy, computes the
 * KPIs, themes, terms and key drivers ({@link VoiceRun}) and stores the run with its provenance.
 */
public final class VoiceAnalysis {
    /** How many steps {@link #run(LocalDate, LocalDate, int, boolean, Consumer)} reports to its progress callback. */
    public static final int STEPS = 3;
    private final Handle handle;
    private final Clock clock;

    /** On the workspace's own connection (the command line). */
    public VoiceAnalysis(Workspace workspace, Clock clock) {
        this(workspace.handle(), clock);
    }

    /** On a connection of its own (a server's background job), beside the connections serving requests. */
    public VoiceAnalysis(Handle handle, Clock clock) {
        this.handle = handle;
        this.clock = clock;
    }

    /** One run and what {@code --json} prints of it: the stored run's id and time, its provenance and aggregates. */
    public record Outcome(VoiceRun run, Map<String, Object> result) {
    }

    /** Reads the feedback from {@code from} to {@code to} (either may be null), analyses it and, when {@code store}, stores the run. */
    public Outcome run(LocalDate from, LocalDate to, int minSample, boolean store) {
        return run(from, to, minSample, store, step -> { });
    }

    /** {@link #run(LocalDate, LocalDate, int, boolean)}, telling {@code progress} the name of each of its {@link #STEPS} steps as it starts. */
    public Outcome run(LocalDate from, LocalDate to, int minSample, boolean store, Consumer<String> progress) {
        if (minSample < 1) {
            throw new UsageException("--min-sample must be >= 1");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        try (Tokenizer tokenizer = new Tokenizer()) {
            VoicePipeline pipeline = new VoicePipeline(tokenizer, SentimentAnalyzer.bundledWith(List.of()), Taxonomy.retail(tokenizer));
            progress.accept("reading the feedback");
            List<FeedbackResponse> responses = FeedbackResponses.read(handle, from, to);
            if (responses.isEmpty()) {
                throw new UsageException("the workspace has no feedback" + (from != null || to != null ? " in the given days" : "")
                        + "; import some first (e.g. 'clientela demo --no-serve')");
            }
            long t0 = System.nanoTime();
            progress.accept("reading each response: language, sentiment, themes, terms, key drivers");
            VoiceRun run = new VoiceRun(responses, pipeline, new Kpis(minSample));
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("from", from == null ? null : from.toString());
            provenance.put("to", to == null ? null : to.toString());
            provenance.put("min_sample", minSample);
            provenance.put("sentiment", "VADER-style rules in en/es/zh/hu (RuleScorer), models: " + pipeline.sentiment().models().values().stream()
                    .map(Training::data).toList());
            provenance.put("taxonomy", pipeline.taxonomy().source());
            provenance.put("intervals", "95% normal approximation: NPS multinomial, CSAT Wilson, CES mean");
            provenance.put("emerging", "Dunning G2, Benjamini-Hochberg FDR 0.05, min 5 responses, last month vs the one before");
            Map<String, Object> result = new LinkedHashMap<>();
            if (store) {
                progress.accept("storing the run");
                LocalDateTime now = LocalDateTime.now(clock);
                long runId = VoiceResults.save(handle, now, Json.write(provenance), Json.write(run.aggregates()), run.rows());
                result.put("run_id", runId);
                result.put("created_at", now.toString());
            }
            result.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);
            result.put("provenance", provenance);
            result.putAll(run.aggregates());
            return new Outcome(run, result);
        }
    }
}
