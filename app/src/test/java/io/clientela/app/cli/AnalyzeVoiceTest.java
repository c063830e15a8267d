package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.store.Db;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze voice} end to end on a fresh workspace: import, analyse, store, show. */
class AnalyzeVoiceTest {
    @TempDir
    Path tmp;
    Cli cli;

    @BeforeEach
    void importFeedback() throws Exception {
        cli = new Cli(tmp.resolve("ws"));
        Path customersMap = tmp.resolve("customers.yaml");
        Files.writeString(customersMap, "source: shop\nentity: customers\nfields: {customer_id: id, name: name, email: email}\n");
        Path customers = tmp.resolve("customers.csv");
        Files.writeString(customers, "id,name,email\nS1,Ann,ann@example.com\nS2,Bob,bob@example.com\n");
        assertThat(cli.run("import", "-m", customersMap.toString(), customers.toString()).code()).isZero();
        Path feedbackMap = tmp.resolve("feedback.yaml");
        Files.writeString(feedbackMap, """
                source: survey
                entity: feedback
                fields: {feedback_id: id, customer_email: email, responded_at: at, channel: channel, nps: nps, text: comment, language: lang}
                """);
        StringBuilder csv = new StringBuilder("id,email,at,channel,nps,comment,lang\n");
        for (int i = 0; i < 40; i++) {
            csv.append("a").append(i).append(",bob@example.com,2026-09-1").append(i % 9).append(" 10:00:00,web,10,Great coffee and friendly staff,en\n");
            csv.append("b").append(i).append(",bob@example.com,2026-10-1").append(i % 9).append(" 10:00:00,web,").append(i % 2 == 0 ? 3 : 9)
                    .append(",\"Late delivery again, the courier never came\",en\n");
        }
        csv.append("x1,ann@example.com,2026-10-20 10:00:00,store,2,No es bueno. <b>Entrega tardía</b>,fr\n");
        csv.append("x2,ann@example.com,2026-10-21 10:00:00,store,9,,\n");
        csv.append("x3,ann@example.com,2026-10-22 10:00:00,store,,质量很好，但是太贵了,\n");
        Path feedback = tmp.resolve("feedback.csv");
        Files.writeString(feedback, csv);
        Cli.Result r = cli.run("import", "-m", feedbackMap.toString(), feedback.toString());
        assertThat(r.code()).as(r.err() + r.out()).isZero();
        try (App app = App.open(tmp.resolve("ws"), "test", Cli.CLOCK)) {
            Db.execute(app.workspace().connection(), "UPDATE feedback SET nps = 11 WHERE feedback_id = 'x2'");
            Db.execute(app.workspace().connection(), "UPDATE feedback SET ratings = json_object('delivery', CASE WHEN nps >= 9 THEN 5 ELSE 1 END, "
                    + "'staff', 2 + CAST(substr(feedback_id, 2) AS INTEGER) % 3) WHERE feedback_id LIKE 'a%' OR feedback_id LIKE 'b%'");
        }
    }

    @Test
    void reads_every_response_stores_the_run_and_reports_kpis_themes_and_emerging_terms() throws Exception {
        Cli.Result r = cli.run("analyze", "voice", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Output.JSON.readTree(r.out());
        assertThat(j.get("run_id").asLong()).isEqualTo(1);
        assertThat(j.get("responses").asInt()).isEqualTo(83);
        assertThat(j.get("empty_text").asInt()).isEqualTo(1);
        assertThat(j.at("/languages/en").asInt()).isEqualTo(80);
        assertThat(j.at("/kpis/nps/all/n").asInt()).isEqualTo(81);
        JsonNode months = j.at("/kpis/nps/by_month");
        assertThat(months.get(0).get("group").asText()).isEqualTo("2026-09");
        assertThat(months.get(0).get("value").asDouble()).isEqualTo(100.0);
        assertThat(months.get(1).get("lowSample").asBoolean()).isFalse();
        assertThat(j.at("/kpis/nps/month_changes/0/significant").asBoolean()).isTrue();
        assertThat(j.at("/themes/delivery/responses").asInt()).isGreaterThanOrEqualTo(41);
        assertThat(j.get("emerging_last_month").toString()).contains("\"term\":\"late delivery\"").contains("\"stem\":\"late deliveri\"");
        JsonNode drivers = j.at("/key_drivers/(none) ~1 NPS/drivers");
        assertThat(drivers).as(j.get("key_drivers").toString()).hasSize(2);
        assertThat(drivers.get(0).get("name").asText()).isEqualTo("delivery");
        assertThat(drivers.get(0).get("share").asDouble()).isGreaterThan(0.9);
        assertThat(j.at("/kpis/nps/by_country").toString()).contains("\"group\":\"(none)\"");
        assertThat(j.get("candidate_themes").toString()).contains("\"phrase\":\"great coffee\"").contains("\"stem\":\"great coffe\"");
        JsonNode themeDrivers = j.at("/key_driver_themes/(none) ~1 NPS/drivers");
        assertThat(themeDrivers.get(0).get("name").asText()).isEqualTo("delivery");
        JsonNode rejected = j.get("rejected_scores");
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).get("feedback_id").asText()).isEqualTo("x2");
        assertThat(rejected.get(0).get("reason").asText()).isEqualTo("NPS 11 is outside 0..10; left out of the KPIs");

        try (App app = App.open(tmp.resolve("ws"), "test", Cli.CLOCK)) {
            List<Map<String, Object>> rows = Db.query(app.workspace().connection(),
                    "SELECT feedback_id, language, language_source, given_language, label, html_stripped, empty_text FROM voice_responses "
                            + "WHERE feedback_id LIKE 'x%' ORDER BY feedback_id");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).containsEntry("language", "es").containsEntry("given_language", "fr")
                    .containsEntry("language_source", "detected (given 'fr' is not supported)").containsEntry("label", "negative")
                    .containsEntry("html_stripped", true);
            assertThat(rows.get(1)).containsEntry("empty_text", true).containsEntry("label", null);
            assertThat(rows.get(2)).containsEntry("language", "zh").containsEntry("language_source", "detected");
            assertThat(Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM voice_responses")).isEqualTo(83);
        }
    }

    @Test
    void prints_the_kpi_table_as_csv() {
        Cli.Result r = cli.run("analyze", "voice", "--csv", "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("kpi,grouping,group,n,value,ci_low,ci_high,low_sample\n").contains("\nNPS,channel,store,1,");
        assertThat(r.out()).contains("NPS,channel,web,80,").contains(",true\n");
    }

    @Test
    void customer_show_lists_feedback_with_its_sentiment_after_a_run() throws Exception {
        assertThat(cli.run("analyze", "voice").code()).isZero();
        JsonNode ann = Output.JSON.readTree(cli.run("customer", "show", "ann@example.com", "--json").out());
        JsonNode feedback = ann.get("feedback");
        assertThat(feedback).hasSize(3);
        assertThat(feedback.get(0).get("language").asText()).isEqualTo("zh");
        assertThat(feedback.get(2).get("label").asText()).isEqualTo("negative");
        assertThat(cli.run("customer", "show", "ann@example.com").out()).contains("Feedback with sentiment");
    }

    @Test
    void an_empty_workspace_is_a_clear_usage_error() {
        io.clientela.app.App.open(tmp.resolve("empty"), "test", Cli.CLOCK).close(); // an empty workspace, not a missing one
        Cli.Result r = new Cli(tmp.resolve("empty")).run("analyze", "voice");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: the workspace has no feedback; import some first (e.g. 'clientela demo --no-serve --workspace ")
                .as("the hint keeps the workspace given").endsWith("empty')");
    }
}
