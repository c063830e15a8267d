package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Value and voice analyses started over the REST API while serving: a background job per kind, followed to its run. */
class AnalysisJobsTest {
    private static final String JSON = "application/json";
    private static WebFixture server;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The job once it is done or failed, with every state seen on the way; fails after 60 s. */
    static JsonNode finished(Http http, long jobId, List<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.get("/api/v1/jobs/" + jobId);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode j = Http.json(r);
            seen.add(j.get("state").asText());
            if (j.get("state").asText().equals("done") || j.get("state").asText().equals("failed")) {
                return j;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + jobId + " did not finish within 60 s");
    }

    @Test
    void an_analyst_starts_a_value_analysis_and_follows_it_to_a_new_run() throws Exception {
        Http analyst = new Http(server).signedIn("analyst");
        long before = Http.json(analyst.get("/api/v1/runs")).get("total").asLong();
        HttpResponse<String> started = analyst.send("POST", "/api/v1/runs", "{\"analyses\": [\"rfm\", \"abc\", \"clv\"], \"horizon_months\": 6}", JSON);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = Http.json(started);
        assertThat(job.get("state").asText()).isIn("queued", "running");
        assertThat(job.get("total").asInt()).isEqualTo(5);
        assertThat(started.headers().firstValue("Location")).contains("/api/v1/jobs/" + job.get("job_id").asLong());

        HttpResponse<String> second = analyst.send("POST", "/api/v1/runs", "{}", JSON);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(Http.json(second).get("job_id").asLong()).isEqualTo(job.get("job_id").asLong());
        assertThat(Http.json(second).get("detail").asText()).contains("already");

        List<String> seen = new ArrayList<>();
        JsonNode done = finished(analyst, job.get("job_id").asLong(), seen);
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("done").asInt()).isEqualTo(5);
        assertThat(done.get("step").asText()).isEqualTo("storing the run and its roll-ups");
        assertThat(done.get("error").isNull()).isTrue();
        long runId = done.get("run_id").asLong();
        HttpResponse<String> run = analyst.get("/api/v1/runs/" + runId);
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"horizon_months\":6");
        assertThat(Http.json(analyst.get("/api/v1/runs")).get("total").asLong()).isEqualTo(before + 1);
        assertThat(Http.json(analyst.get("/api/v1/jobs")).get("items").get(0).get("job_id").asLong()).isEqualTo(job.get("job_id").asLong());
    }

    @Test
    void an_admin_starts_a_voice_analysis_that_stores_a_voice_run() throws Exception {
        Http admin = new Http(server).signedIn("admin");
        HttpResponse<String> started = admin.send("POST", "/api/v1/voice/runs", "{\"min_sample\": 20}", JSON);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode done = finished(admin, Http.json(started).get("job_id").asLong(), new ArrayList<>());
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("kind").asText()).isEqualTo("voice");
        assertThat(Http.json(admin.get("/api/v1/voice/summary")).get("run_id").asLong()).isEqualTo(done.get("run_id").asLong());
    }

    @Test
    void a_failed_analysis_reports_why_in_words_not_a_class_name() throws Exception {
        Http analyst = new Http(server).signedIn("analyst");
        HttpResponse<String> started = analyst.send("POST", "/api/v1/runs", "{\"as_of\": \"1990-01-01\"}", JSON);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode failed = finished(analyst, Http.json(started).get("job_id").asLong(), new ArrayList<>());
        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("error").asText()).contains("before the first order").doesNotContain("Exception").doesNotContain("io.clientela");
        assertThat(failed.get("run_id").isNull()).isTrue();
    }

    @Test
    void bad_options_are_a_400_naming_the_field_and_nothing_is_started() {
        Http analyst = new Http(server).signedIn("analyst");
        for (String[] bad : new String[][] {{"{\"analyses\": [\"rfm\", \"astrology\"]}", "astrology"}, {"{\"as_of\": \"yesterday\"}", "'as_of'"},
                {"{\"horizon\": 12}", "'horizon'"}, {"{\"horizon_months\": \"twelve\"}", "'horizon_months'"}, {"{\"model\": \"magic\"}", "magic"},
                {"[1]", "JSON object"}}) {
            HttpResponse<String> r = analyst.send("POST", "/api/v1/runs", bad[0], JSON);
            assertThat(r.statusCode()).as(bad[0] + " " + r.body()).isEqualTo(400);
            assertThat(Http.json(r).get("detail").asText()).as(bad[0]).contains(bad[1]);
        }
        HttpResponse<String> voice = analyst.send("POST", "/api/v1/voice/runs", "{\"min_sample\": 0}", JSON);
        assertThat(voice.statusCode()).isEqualTo(400);
        assertThat(Http.json(voice).get("detail").asText()).contains("'min_sample'");
        HttpResponse<String> missing = analyst.get("/api/v1/jobs/99999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.json(missing).get("detail").asText()).contains("no job 99999");
    }

    @Test
    void agents_and_viewers_may_not_start_or_follow_analyses_and_the_csrf_token_is_required() {
        for (String role : List.of("agent", "viewer")) {
            Http h = new Http(server).signedIn(role);
            assertThat(h.send("POST", "/api/v1/runs", "{}", JSON).statusCode()).as(role).isEqualTo(403);
            assertThat(h.send("POST", "/api/v1/voice/runs", "{}", JSON).statusCode()).as(role).isEqualTo(403);
            assertThat(h.get("/api/v1/jobs").statusCode()).as(role).isEqualTo(403);
            assertThat(h.get("/api/v1/jobs/1").statusCode()).as(role).isEqualTo(403);
        }
        Http analyst = new Http(server).signedIn("analyst");
        analyst.useCsrf(null);
        HttpResponse<String> r = analyst.send("POST", "/api/v1/runs", "{}", JSON);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Http.json(r).get("detail").asText()).contains("CSRF");
        assertThat(new Http(server).send("POST", "/api/v1/runs", "{}", JSON).statusCode()).isEqualTo(401);
    }
}
