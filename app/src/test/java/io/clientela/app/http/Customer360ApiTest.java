package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Customer 360 JSON on the demo: attributes as values, money with its currency, merged records, reasons for zero figures, scope. */
class Customer360ApiTest {
    @TempDir
    static Path tmp;
    static WebFixture server;
    static Connection db;
    static long agentCase;

    @BeforeAll
    static void start() {
        server = WebFixture.start(tmp.resolve("ws"));
        db = server.app().workspace().connection();
        ActSeed seed = new ActSeed(server.app());
        seed.user("agent2", io.clientela.service.access.Role.AGENT);
        agentCase = seed.caseFor("agent", 3);
        seed.caseFor("agent2", 3);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode show(Http http, long id) {
        var r = http.get("/api/v1/customers/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    @Test
    void attributes_come_back_as_their_values_not_as_the_drivers_node() throws java.io.IOException {
        long id = Db.queryLong(db, "SELECT min(customer_id) FROM customers WHERE attributes IS NOT NULL");
        JsonNode c = show(new Http(server).signedIn("analyst"), id).get("customer");
        JsonNode stored = Http.JSON.readTree(Db.queryString(db, "SELECT CAST(attributes AS VARCHAR) FROM customers WHERE customer_id = ?", id));
        assertThat(c.get("attributes").isObject()).isTrue();
        assertThat(c.get("attributes")).isEqualTo(stored);
        assertThat(c.get("attributes").has("array")).isFalse();
    }

    @Test
    void the_summary_gives_money_with_its_currency_and_the_figures_of_the_store() {
        long id = Db.queryLong(db, "SELECT customer_id FROM latest_values WHERE clv > 1 ORDER BY clv DESC LIMIT 1");
        JsonNode d = show(new Http(server).signedIn("analyst"), id);
        JsonNode s = d.get("summary");
        String base = Db.queryString(db, "SELECT result->>'currency' FROM analysis_runs ORDER BY run_id DESC LIMIT 1");
        assertThat(s.get("currency").asText()).isEqualTo(base).isNotBlank();
        assertThat(s.get("clv").asDouble()).isEqualTo(((Number) Db.queryValue(db, "SELECT clv FROM latest_values WHERE customer_id = ?", id)).doubleValue());
        assertThat(s.get("abc_class").asText()).isEqualTo(Db.queryString(db, "SELECT abc_class FROM latest_values WHERE customer_id = ?", id));
        assertThat(s.get("churn_risk").isNull()).isTrue();
        assertThat(d.get("explanations").toString()).contains("not_analysed");
        String currencies = Db.queryString(db, "SELECT string_agg(DISTINCT upper(currency), ',' ORDER BY upper(currency)) FROM orders WHERE customer_id = ?", id);
        java.util.List<String> given = new java.util.ArrayList<>();
        d.get("order_totals").forEach(o -> given.add(o.get("currency").asText()));
        assertThat(String.join(",", given.stream().sorted().toList())).isEqualTo(currencies);
        Object nps = Db.queryValue(db, "SELECT nps FROM feedback WHERE customer_id = ? AND nps IS NOT NULL ORDER BY responded_at DESC LIMIT 1", id);
        assertThat(s.get("nps_last").isNull() ? null : s.get("nps_last").asInt()).isEqualTo(nps == null ? null : ((Number) nps).intValue());
    }

    @Test
    void the_merged_records_and_the_keys_that_joined_them_are_listed() {
        long id = Db.queryLong(db, "SELECT customer_id FROM customer_records GROUP BY 1 HAVING count(*) >= 3 ORDER BY 1 LIMIT 1");
        JsonNode m = show(new Http(server).signedIn("analyst"), id).get("merged");
        assertThat((long) m.get("records").size()).isEqualTo(Db.queryLong(db, "SELECT count(*) FROM customer_records WHERE customer_id = ?", id));
        assertThat(m.get("merges").size()).isPositive();
        for (JsonNode x : m.get("merges")) {
            assertThat(x.get("key_type").asText()).isIn("email", "phone", "external_id", "customer_key", "device");
            assertThat(x.get("key_value").asText()).isNotBlank();
        }
    }

    @Test
    void a_lifetime_value_of_about_zero_comes_with_the_models_reason() {
        Long id = Db.queryLong(db, "SELECT customer_id FROM latest_values WHERE clv < 0.5 ORDER BY orders DESC LIMIT 1");
        assertThat(id).as("the demo has customers the model finds gone").isNotNull();
        JsonNode why = show(new Http(server).signedIn("analyst"), id).get("explanations").get(0);
        assertThat(why.get("figure").asText()).isEqualTo("clv");
        assertThat(why.get("reason").asText()).isEqualTo("model_says_left");
        assertThat(why.get("p_alive").asDouble()).isLessThan(0.5);
        assertThat(why.get("days_since_last").asInt()).isGreaterThan(why.get("usual_gap_days").asInt());
        Long outside = Db.queryLong(db, "SELECT min(c.customer_id) FROM customers c LEFT JOIN latest_values v USING (customer_id) WHERE v.clv IS NULL");
        if (outside != null) {
            assertThat(show(new Http(server).signedIn("analyst"), outside).get("explanations").get(0).get("reason").asText())
                    .isEqualTo("no_purchase_in_window");
        }
    }

    @Test
    void an_agent_sees_their_own_cases_of_the_customer_and_a_viewer_none_of_it() {
        JsonNode agent = show(new Http(server).signedIn("agent"), 3);
        assertThat(agent.get("cases").size()).isEqualTo(1);
        assertThat(agent.get("cases").get(0).get("case_id").asLong()).isEqualTo(agentCase);
        JsonNode analyst = show(new Http(server).signedIn("analyst"), 3);
        assertThat(analyst.get("cases").size()).isEqualTo(2);
        assertThat(new Http(server).signedIn("viewer").get("/api/v1/customers/3").statusCode()).isEqualTo(403);
        assertThat(new Http(server).signedIn("agent").get("/api/v1/customers/5").statusCode()).isEqualTo(404);
    }
}
