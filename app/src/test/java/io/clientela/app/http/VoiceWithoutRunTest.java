package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.store.Db;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before any voice run: the voice endpoints answer 200 with run_id null, a message saying what to run, and empty lists; the KPIs still count the feedback. */
class VoiceWithoutRunTest {
    private static WebFixture server;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        Db.execute(server.app().workspace().connection(), "DELETE FROM voice_responses");
        Db.execute(server.app().workspace().connection(), "DELETE FROM voice_runs");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_voice_endpoint_says_no_voice_analysis_has_run_and_lists_nothing() {
        Http analyst = new Http(server).signedIn("analyst");
        for (String e : List.of("summary", "sentiment", "terms", "themes", "drivers")) {
            JsonNode r = Http.json(analyst.get("/api/v1/voice/" + e));
            assertThat(r.get("run_id").isNull()).as(e).isTrue();
            assertThat(r.get("message").asText()).as(e).contains("analyze voice");
        }
        assertThat(Http.json(analyst.get("/api/v1/voice/sentiment")).get("monthly")).isEmpty();
        assertThat(Http.json(analyst.get("/api/v1/voice/terms")).get("languages")).isEmpty();
        assertThat(Http.json(analyst.get("/api/v1/voice/themes")).get("themes")).isEmpty();
        assertThat(Http.json(analyst.get("/api/v1/voice/drivers")).get("matrices")).isEmpty();
        assertThat(Http.json(analyst.get("/api/v1/voice/kpis")).get("nps").get("all").get("n").asLong())
                .isEqualTo(Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM feedback WHERE nps BETWEEN 0 AND 10"));
    }
}
