package io.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON column read through {@link Db#query} is a JSON tree with its content, so that the API and
 * {@code --json} write the stored document and not the driver's node ({"array":false,"null":false,...}).
 */
class JsonColumnsTest {
    @TempDir
    Path tmp;

    @Test
    void a_json_column_is_read_as_its_document_and_written_back_as_the_same_json() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            var c = ws.connection();
            Db.update(c, "INSERT INTO customers (customer_id, name, attributes, records) VALUES (1, 'Ana', CAST(? AS JSON), 1)",
                    "{\"segment\":\"b2c\",\"company\":null,\"tiers\":[1,2],\"vip\":true}");
            List<Map<String, Object>> rows = Db.query(c, "SELECT attributes FROM customers WHERE customer_id = 1");
            Object attributes = rows.get(0).get("attributes");

            assertThat(attributes).isInstanceOf(JsonNode.class);
            JsonNode node = (JsonNode) attributes;
            assertThat(node.path("segment").asText()).isEqualTo("b2c");
            assertThat(node.path("tiers").get(1).asInt()).isEqualTo(2);
            String written = Json.write(rows.get(0));
            assertThat(written).isEqualTo("{\"attributes\":{\"segment\":\"b2c\",\"company\":null,\"tiers\":[1,2],\"vip\":true}}");
            assertThat(written).doesNotContain("\"array\"", "\"null\":false");
        }
    }

    @Test
    void a_json_scalar_and_a_null_column_stay_what_they_are() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            var c = ws.connection();
            Map<String, Object> row = Db.query(c, "SELECT CAST('\"text\"' AS JSON) AS s, CAST('3.5' AS JSON) AS n, CAST(NULL AS JSON) AS missing").get(0);
            assertThat(Json.write(row)).isEqualTo("{\"s\":\"text\",\"n\":3.5,\"missing\":null}");
        }
    }
}
