package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.service.jobs.Job;
import io.clientela.service.jobs.JobRunningException;
import io.clientela.service.jobs.Jobs;
import io.clientela.service.value.ValueAnalysis;
import io.clientela.service.value.ValueRequest;
import io.clientela.service.value.ValueSettings;
import io.clientela.service.voice.VoiceAnalysis;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyses started while serving, for analysts and admins: {@code POST /api/v1/runs} (value, the
 * options of {@code analyze value}) and {@code POST /api/v1/voice/runs} (voice, those of
 * {@code analyze voice}) answer 202 with a job; {@code GET /api/v1/jobs/{id}} follows it to its run.
 * One job per kind at a time: a second start is a 409 naming the running job.
 */
final class AnalysisRoutes {
    static final String VALUE = "value";
    static final String VOICE = "voice";
    private static final Set<String> VALUE_FIELDS = Set.of("analyses", "as_of", "calibration_end", "period", "model", "horizon_months",
            "discount_rate", "margin", "abc_by", "fit_all_models");
    private static final Set<String> VOICE_FIELDS = Set.of("from", "to", "min_sample");
    private static final String VALUE_EXAMPLE = "{\"analyses\": [\"rfm\", \"clv\"], \"as_of\": \"2026-10-31\", \"horizon_months\": 12}";
    private static final String VOICE_EXAMPLE = "{\"from\": \"2026-01-01\", \"to\": \"2026-10-31\", \"min_sample\": 30}";

    private AnalysisRoutes() {
    }

    static void install(Api api, Jobs jobs) {
        api.post("/api/v1/runs", Role.ANALYSTS, "Start a value analysis (the options of 'analyze value'): 202 with a job to follow at "
                + "/api/v1/jobs/{id}; 409 while one runs", false, call -> {
                    ValueRequest request = valueRequest(Bodies.object(call.ctx(), VALUE_EXAMPLE, true), call.app().config().value());
                    Clock clock = call.app().clock();
                    start(call, jobs, VALUE, ValueAnalysis.steps(request),
                            (h, step) -> new ValueAnalysis(h, clock).run(request, step).run().runId());
                });
        api.post("/api/v1/voice/runs", Role.ANALYSTS, "Start a voice analysis (the options of 'analyze voice'): 202 with a job to follow at "
                + "/api/v1/jobs/{id}; 409 while one runs", false, call -> {
                    JsonNode body = Bodies.object(call.ctx(), VOICE_EXAMPLE, true);
                    known(body, VOICE_FIELDS, VOICE_EXAMPLE);
                    LocalDate from = date(body, "from");
                    LocalDate to = date(body, "to");
                    int minSample = integer(body, "min_sample", 30);
                    if (minSample < 1) {
                        throw new UsageException("body field 'min_sample': expected a whole number of at least 1, got " + minSample);
                    }
                    if (from != null && to != null && to.isBefore(from)) {
                        throw new UsageException("body field 'to' (" + to + ") is before 'from' (" + from + ")");
                    }
                    Clock clock = call.app().clock();
                    start(call, jobs, VOICE, VoiceAnalysis.STEPS,
                            (h, step) -> ((Number) new VoiceAnalysis(h, clock).run(from, to, minSample, true, step).result().get("run_id")).longValue());
                });
        api.get("/api/v1/jobs", Role.ANALYSTS, "The analyses started while this server runs (the last " + Jobs.KEPT + "), newest first",
                List.of(), false, false, call -> call.ctx().json(Map.of("items", jobs.list().stream().map(Job::asMap).toList())));
        api.get("/api/v1/jobs/{id}", Role.ANALYSTS, "One job: state (queued, running, done, failed), step, progress, its run id or its error",
                List.of(), false, false, call -> {
                    long id = Params.id(call.ctx(), "id");
                    Job j = jobs.find(id).orElseThrow(() -> new NotFoundException("no job " + id + " (jobs are kept while the server runs, "
                            + "the last " + Jobs.KEPT + ")"));
                    call.ctx().json(j.asMap());
                });
    }

    private static void start(Call call, Jobs jobs, String kind, int steps, Jobs.Work work) {
        Job j;
        try {
            j = jobs.start(kind, steps, call.session().user().username(), work);
        } catch (JobRunningException e) {
            Problems.render(call.ctx(), new Problem(Problem.title(409), 409, e.getMessage(), Map.of("job_id", e.jobId())));
            return;
        }
        call.ctx().header("Location", "/api/v1/jobs/" + j.id()).status(202).json(j.asMap());
    }

    /** The request {@code analyze value} would make of the same options (unset ones from clientela.yaml). */
    static ValueRequest valueRequest(JsonNode body, ValueSettings configured) {
        known(body, VALUE_FIELDS, VALUE_EXAMPLE);
        List<String> analyses = new ArrayList<>();
        JsonNode a = body.get("analyses");
        if (a == null || a.isNull()) {
            analyses.addAll(ValueRequest.ALL);
        } else if (!a.isArray() || a.isEmpty()) {
            throw new UsageException("body field 'analyses': expected a non-empty list of " + ValueRequest.ALL + ", got " + a);
        } else {
            a.forEach(x -> analyses.add(x.asText()));
        }
        JsonNode all = body.get("fit_all_models");
        if (all != null && !all.isNull() && !all.isBoolean()) {
            throw new UsageException("body field 'fit_all_models': expected true or false, got " + all);
        }
        try {
            ValueSettings settings = configured.with(text(body, "period"), text(body, "model"), body.hasNonNull("horizon_months")
                    ? integer(body, "horizon_months", 0) : null, number(body, "discount_rate"), number(body, "margin"), text(body, "abc_by"));
            return new ValueRequest(analyses, date(body, "as_of"), date(body, "calibration_end"), settings, all != null && all.asBoolean());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void known(JsonNode body, Set<String> fields, String example) {
        body.fieldNames().forEachRemaining(f -> {
            if (!fields.contains(f)) {
                throw new UsageException("body field '" + f + "' is not an option here; expected some of " + fields.stream().sorted().toList()
                        + ", e.g. " + example);
            }
        });
    }

    private static String text(JsonNode body, String field) {
        return Bodies.text(body, field, 64, false, "");
    }

    private static LocalDate date(JsonNode body, String field) {
        String v = Bodies.text(body, field, 10, false, "");
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException("body field '" + field + "': expected a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    private static int integer(JsonNode body, String field, int fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new UsageException("body field '" + field + "': expected a whole number, got " + v);
        }
        return v.asInt();
    }

    private static Double number(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new UsageException("body field '" + field + "': expected a number, got " + v);
        }
        return v.asDouble();
    }
}
