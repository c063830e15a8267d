package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule that withholds small groups, on answers shaped like the value pages'. */
class SmallGroupsTest {
    private static Map<String, Object> cell(int r, int customers, double revenue) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("r_score", r);
        m.put("segment", "new");
        m.put("customers", customers);
        m.put("revenue", revenue);
        return m;
    }

    @Test
    void a_group_below_the_minimum_keeps_its_coordinates_and_labels_and_loses_its_figures() {
        JsonNode out = (JsonNode) new SmallGroups(7).apply(Map.of("run_id", 3, "grid", List.of(cell(1, 6, 10.5), cell(2, 7, 20.5))));
        assertThat(out.get("run_id").asInt()).isEqualTo(3);
        JsonNode small = out.get("grid").get(0);
        assertThat(small.get("r_score").asInt()).isEqualTo(1);
        assertThat(small.get("segment").asText()).isEqualTo("new");
        assertThat(small.get("customers").asText()).isEqualTo("<7");
        assertThat(small.get("revenue").isNull()).isTrue();
        assertThat(small.get("suppressed").asText()).isEqualTo("fewer than 7 customers");
        JsonNode large = out.get("grid").get(1);
        assertThat(large.get("customers").asInt()).isEqualTo(7);
        assertThat(large.get("revenue").asDouble()).isEqualTo(20.5);
        assertThat(large.has("suppressed")).isFalse();
    }

    @Test
    void a_group_of_nobody_shows_its_zeros() {
        Map<String, Object> month = new LinkedHashMap<>(Map.of("month", "2026-02", "orders", 0, "revenue", 0.0));
        JsonNode out = (JsonNode) new SmallGroups(5).apply(List.of(month, Map.of("month", "2026-03", "orders", 3, "revenue", 42.0)));
        assertThat(out.get(0).get("orders").asInt()).isZero();
        assertThat(out.get(0).get("revenue").asDouble()).isZero();
        assertThat(out.get(0).has("suppressed")).isFalse();
        assertThat(out.get(1).get("orders").asText()).isEqualTo("<5");
        assertThat(out.get(1).get("revenue").isNull()).isTrue();
    }

    @Test
    void a_cohort_cell_is_as_large_as_its_active_customers_not_its_cohort() {
        Map<String, Object> c = new LinkedHashMap<>(Map.of("cohort", "2026-01", "months_since", 3, "cohort_size", 40, "active", 2, "retention", 0.05,
                "revenue", 99.0));
        JsonNode out = (JsonNode) new SmallGroups(5).apply(c);
        assertThat(out.get("active").asText()).isEqualTo("<5");
        assertThat(out.get("cohort_size").asInt()).isEqualTo(40);
        assertThat(out.get("months_since").asInt()).isEqualTo(3);
        assertThat(out.get("retention").isNull()).isTrue();
        assertThat(out.get("revenue").isNull()).isTrue();
    }

    @Test
    void a_minimum_of_1_withholds_nothing_and_totals_stay_exact() {
        SmallGroups none = new SmallGroups(1);
        Map<String, Object> answer = Map.of("customers", 1, "revenue", 12.34);
        assertThat(none.apply(answer)).isSameAs(answer);
        assertThat(none.coarse(12_345.67)).isEqualTo(12_345.67);
        assertThat(none.count(0)).isEqualTo(0L);
        assertThat(new SmallGroups(5).coarse(12_345.67)).isEqualTo(12_000.0);
        assertThat(new SmallGroups(5).coarse(null)).as("no CLV total (no value run): none to round").isNull();
        assertThat(new SmallGroups(5).count(4)).isEqualTo("<5");
        assertThat(new SmallGroups(5).count(0)).as("none is reported as below the minimum too").isEqualTo("<5");
    }
}
