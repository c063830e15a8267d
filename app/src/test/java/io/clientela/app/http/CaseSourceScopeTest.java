package io.clientela.app.http;

import static io.clientela.app.http.AlertsAndCasesApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.service.access.Role;
import io.clientela.store.Db;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case's source is the item of its source system and its customer: a feedback id is unique only
 * within one source system, so the same id in another system (another customer's feedback) never
 * shows on the case, and an agent not routed to the case gets a 404.
 */
class CaseSourceScopeTest {
    private static WebFixture server;
    private static long mine;
    private static long theirs;
    private static long legacy;
    private static long elsewhere;
    private static Http agent;
    private static Http other;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        Connection c = server.app().workspace().connection();
        String insert = "INSERT INTO feedback (source, feedback_id, customer_id, responded_at, survey, nps, text) "
                + "VALUES (?, ?, ?, TIMESTAMP '2026-10-29 10:00:00', 'relationship', 2, ?)";
        // the other system's row first, so that a look-up by the id alone finds it first
        Db.update(c, insert, "reviews", "F-SAME", 22, "Customer 22 wrote this in the reviews");
        Db.update(c, insert, "survey", "F-SAME", 21, "Customer 21 wrote this in the survey");
        Db.update(c, insert, "reviews", "F-ONLY-22", 22, "Only customer 22 has this id");
        ActSeed seed = new ActSeed(server.app());
        seed.user("agent2", Role.AGENT);
        mine = seed.caseFor("agent", 21, "high", "Detractor 21", "survey", "F-SAME", ActSeed.AT);
        theirs = seed.caseFor("agent2", 22, "high", "Detractor 22", "reviews", "F-SAME", ActSeed.AT);
        legacy = seed.caseFor("agent", 21, "high", "Opened before source systems were kept", "survey", "F-SAME", ActSeed.AT);
        elsewhere = seed.caseFor("agent", 21, "high", "Opened before, by an id only another customer has", "survey", "F-ONLY-22", ActSeed.AT);
        Db.update(c, "UPDATE cases SET source_system = NULL WHERE case_id IN (?, ?)", legacy, elsewhere);
        agent = new Http(server).signedIn("agent");
        other = new Http(server).signedIn("agent2");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode source(Http who, long caseId) {
        var r = who.get("/api/v1/cases/" + caseId);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r).get("source");
    }

    @Test
    void the_agent_routed_to_the_case_sees_the_feedback_of_its_source_system_and_never_the_same_id_in_another() {
        JsonNode s = source(agent, mine);
        assertThat(s.get("item").get("customer_id").asLong()).isEqualTo(21);
        assertThat(s.get("item").get("source").asText()).isEqualTo("survey");
        assertThat(s.get("item").get("text").asText()).isEqualTo("Customer 21 wrote this in the survey");
        assertThat(s.get("system").asText()).isEqualTo("survey");
        assertThat(agent.get("/api/v1/cases/" + mine).body()).doesNotContain("Customer 22");
    }

    @Test
    void the_other_system_s_case_shows_its_own_feedback_to_its_own_agent() {
        JsonNode s = source(other, theirs);
        assertThat(s.get("item").get("source").asText()).isEqualTo("reviews");
        assertThat(s.get("item").get("text").asText()).isEqualTo("Customer 22 wrote this in the reviews");
    }

    @Test
    void an_agent_not_routed_to_the_case_gets_a_404_and_not_its_source() {
        assertProblem(other.get("/api/v1/cases/" + mine), 404, "no case " + mine);
        assertProblem(agent.get("/api/v1/cases/" + theirs), 404, "no case " + theirs);
    }

    @Test
    void a_case_without_a_source_system_shows_only_its_own_customer_s_item_with_that_id() {
        assertThat(source(agent, legacy).get("item").get("text").asText()).isEqualTo("Customer 21 wrote this in the survey");
        JsonNode s = source(agent, elsewhere);
        assertThat(s.get("id").asText()).isEqualTo("F-ONLY-22");
        assertThat(s.get("item").isNull()).as("another customer's feedback with that id").isTrue();
        assertThat(agent.get("/api/v1/cases/" + elsewhere).body()).doesNotContain("Only customer 22");
    }

    @Test
    void an_analyst_sees_each_case_with_the_feedback_of_its_own_source_system() {
        Http analyst = new Http(server).signedIn("analyst");
        assertThat(source(analyst, mine).get("item").get("customer_id").asLong()).isEqualTo(21);
        assertThat(source(analyst, theirs).get("item").get("customer_id").asLong()).isEqualTo(22);
    }
}
