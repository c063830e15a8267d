package io.clientela.app.http;

import static io.clientela.app.http.AlertsAndCasesApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.http.ActSeed;
import io.clientela.app.http.Http;
import io.clientela.app.http.WebFixture;
import io.clientela.service.access.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent sees and changes only the alerts, cases and customers routed to them; another agent's are 404, as if absent. */
class AgentScopeTest {
    private static WebFixture server;
    private static ActSeed seed;
    private static Http agent;
    private static Http other;
    private static long mine;
    private static long theirs;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        seed = new ActSeed(server.app());
        seed.user("agent2", Role.AGENT);
        mine = seed.caseFor("agent", 21);
        theirs = seed.caseFor("agent2", 22);
        agent = new Http(server).signedIn("agent");
        other = new Http(server).signedIn("agent2");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<Long> ids(JsonNode page, String field) {
        List<Long> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get(field).asLong()));
        return out;
    }

    @Test
    void an_agents_lists_hold_only_their_own_alerts_cases_and_customers() {
        assertThat(ids(Http.json(agent.get("/api/v1/cases")), "case_id")).containsExactly(mine);
        assertThat(ids(Http.json(agent.get("/api/v1/alerts")), "alert_id")).containsExactly(seed.alertOf(mine));
        assertThat(ids(Http.json(agent.get("/api/v1/customers?size=500")), "customer_id")).containsExactly(21L);
        assertThat(ids(Http.json(agent.get("/api/v1/cases?owner=agent2")), "case_id")).isEmpty();
        assertThat(agent.get("/api/v1/customers/21").statusCode()).isEqualTo(200);
        assertThat(agent.get("/api/v1/cases/" + mine).statusCode()).isEqualTo(200);
        assertThat(agent.get("/api/v1/cases?format=csv").body().split("\r\n")).hasSize(2);
    }

    @Test
    void another_agents_case_alert_and_customer_are_404_as_if_they_did_not_exist() {
        assertProblem(agent.get("/api/v1/cases/" + theirs), 404, "no case " + theirs);
        assertProblem(agent.get("/api/v1/alerts/" + seed.alertOf(theirs)), 404, "no alert " + seed.alertOf(theirs));
        assertProblem(agent.get("/api/v1/customers/22"), 404, "customer 22 does not exist");
        assertProblem(agent.get("/api/v1/customers/99999999"), 404, "customer 99999999 does not exist");
    }

    @Test
    void an_agent_cannot_change_another_agents_case() {
        long target = seed.caseFor("agent2", 23);
        for (String move : List.of("start", "close")) {
            assertProblem(agent.send("POST", "/api/v1/cases/" + target + "/" + move, "", "application/json"), 404, "no case " + target);
        }
        assertProblem(agent.send("POST", "/api/v1/cases/" + target + "/notes", "{\"text\": \"mine now\"}", "application/json"), 404, "no case");
        assertProblem(agent.send("POST", "/api/v1/cases/" + target + "/resolve", "{\"outcome\": \"lost\"}", "application/json"), 404, "no case");
        assertProblem(agent.send("POST", "/api/v1/cases/" + target + "/assign", "{\"owner\": \"agent\"}", "application/json"), 404, "no case");
        JsonNode k = Http.json(other.get("/api/v1/cases/" + target));
        assertThat(k.get("status").asText()).isEqualTo("assigned");
        assertThat(k.get("owner").asText()).isEqualTo("agent2");
        assertThat(k.get("notes")).isEmpty();
    }

    @Test
    void an_agent_works_their_own_case_and_may_assign_it_only_to_themselves() {
        long own = seed.caseFor("agent", 24);
        assertProblem(agent.send("POST", "/api/v1/cases/" + own + "/assign", "{\"owner\": \"agent2\"}", "application/json"), 403,
                "an agent may assign cases to themselves only");
        assertThat(agent.send("POST", "/api/v1/cases/" + own + "/start", "", "application/json").statusCode()).isEqualTo(200);
        JsonNode k = Http.json(agent.send("POST", "/api/v1/cases/" + own + "/resolve", "{\"outcome\": \"recovered\"}", "application/json"));
        assertThat(k.get("status").asText()).isEqualTo("resolved");
        assertThat(k.get("history")).anySatisfy(h -> assertThat(h.get("actor").asText()).isEqualTo("agent"));
    }

    @Test
    void analysts_and_admins_see_every_agents_cases() {
        for (String role : List.of("analyst", "admin")) {
            Http who = new Http(server).signedIn(role);
            assertThat(ids(Http.json(who.get("/api/v1/cases?owner=agent,agent2&size=500")), "case_id")).contains(mine, theirs);
            assertThat(who.get("/api/v1/cases/" + theirs).statusCode()).isEqualTo(200);
            assertThat(who.get("/api/v1/customers/22").statusCode()).isEqualTo(200);
        }
    }
}
