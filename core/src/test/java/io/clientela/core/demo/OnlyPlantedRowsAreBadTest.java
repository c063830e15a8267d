package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks every value against the canonical types and the default collection rules (docs/mappings.md,
 * default-rules.yaml): the only rows an import should quarantine are the six planted ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlyPlantedRowsAreBadTest {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> TIMESTAMPS = Set.of("acquired_at", "updated_at", "ordered_at", "occurred_at", "opened_at", "closed_at",
            "responded_at", "created_at", "started_at", "ended_at", "contacted_at");
    private static final Set<String> DATES = Set.of("birth_date", "expected_close", "period_start", "period_end");
    private static final Set<String> DECIMALS = Set.of("latitude", "longitude", "price", "cost", "unit_price", "amount", "revenue");
    private static final Set<String> INTEGERS = Set.of("line_no", "quantity", "returned_quantity", "satisfaction", "nps", "csat", "ces");
    private static final Set<String> BOOLEANS = Set.of("consent_email", "consent_sms", "consent_tracking", "warranty", "responded", "converted");
    private static final Map<String, Set<String>> REQUIRED = Map.of("customers", Set.of("customer_id"), "products", Set.of("product_id"),
            "order_lines", Set.of("order_id", "product_id", "quantity", "unit_price", "ordered_at"), "events", Set.of("type", "occurred_at"),
            "tickets", Set.of("ticket_id", "opened_at"), "feedback", Set.of("responded_at"), "opportunities", Set.of("opportunity_id"),
            "activities", Set.of("activity_id", "occurred_at"), "campaigns", Set.of("campaign_id"),
            "campaign_contacts", Set.of("campaign_id", "contacted_at"));
    private static final Map<String, Set<String>> ALLOWED = Map.of("status", Set.of("completed", "cancelled", "returned", "open", "won", "lost"),
            "priority", Set.of("low", "normal", "high", "urgent"), "gender", Set.of("female", "male"),
            "survey", Set.of("relationship", "post_purchase", "support"));
    private static final Map<String, int[]> RANGES = Map.of("nps", new int[] {0, 10}, "csat", new int[] {1, 5}, "ces", new int[] {1, 7},
            "satisfaction", new int[] {1, 5}, "quantity", new int[] {1, 10}, "returned_quantity", new int[] {0, 10});
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+()0-9 ./-]{5,25}");

    Generated demo;
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    void generate(@TempDir Path tmp) {
        demo = Generated.write(tmp, Generated.spec(3_000));
        for (DemoFile f : DemoFile.values()) {
            check(f);
        }
    }

    @Test
    void the_manifest_describes_six_bad_rows_three_dates_one_duplicate_and_two_npss_of_11() {
        assertThat(demo.manifest.badRows()).hasSize(6);
        assertThat(demo.manifest.deliberatelyBadRows()).isEqualTo(6);
        assertThat(demo.manifest.badRows()).filteredOn(d -> d.contains("malformed date")).hasSize(3);
        assertThat(demo.manifest.badRows()).filteredOn(d -> d.contains("written twice")).hasSize(1);
        assertThat(demo.manifest.badRows()).filteredOn(d -> d.contains("NPS of 11")).hasSize(2);
    }

    @Test
    void every_problem_found_is_one_the_manifest_describes_and_vice_versa() {
        assertThat(problems).hasSize(6);
        for (String p : problems) {
            String id = p.substring(p.indexOf('[') + 1, p.indexOf(']'));
            assertThat(demo.manifest.badRows()).as(p).anyMatch(d -> d.contains(id));
        }
    }

    @Test
    void ids_name_products_campaigns_opportunities_and_crm_accounts_that_exist() {
        Set<String> skus = ids(DemoFile.PRODUCTS, "sku");
        Set<String> campaigns = ids(DemoFile.CAMPAIGNS, "campaign_id");
        Set<String> deals = ids(DemoFile.OPPORTUNITIES, "opportunity_id");
        Set<String> accounts = ids(DemoFile.CUSTOMERS_CRM, "crm_id");
        assertThat(skus).containsAll(ids(DemoFile.ORDER_LINES, "sku"));
        assertThat(campaigns).containsAll(ids(DemoFile.CAMPAIGN_CONTACTS, "campaign_id"));
        assertThat(deals).containsAll(ids(DemoFile.ACTIVITIES, "opportunity_id"));
        assertThat(accounts).containsAll(ids(DemoFile.OPPORTUNITIES, "account_id")).containsAll(ids(DemoFile.ACTIVITIES, "account_id"));
    }

    private Set<String> ids(DemoFile f, String column) {
        Set<String> out = new HashSet<>();
        demo.rows(f).forEach(r -> out.add(r.get(column)));
        return out;
    }

    private void check(DemoFile f) {
        Map<String, String> fields = MappingColumns.fields(f.mapping());
        String key = switch (f.entity) {
            case "order_lines" -> "order_id+line_no";
            case "customers" -> "customer_id";
            case "products" -> "product_id";
            case "events" -> "event_id";
            case "tickets" -> "ticket_id";
            case "feedback" -> "feedback_id";
            case "opportunities" -> "opportunity_id";
            case "activities" -> "activity_id";
            case "campaigns" -> "campaign_id";
            default -> null;
        };
        Set<String> seenRows = new HashSet<>();
        Set<String> seenKeys = new HashSet<>();
        List<String> raw = f.jsonLines() ? demo.lines(f) : demo.lines(f).subList(1, demo.lines(f).size());
        List<Map<String, String>> rows = f.jsonLines() ? demo.json(f).stream().map(OnlyPlantedRowsAreBadTest::flat).toList() : demo.rows(f);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = f.fileName + " row " + (i + 1) + " [" + row.getOrDefault(fields.getOrDefault("feedback_id", "-"),
                    row.getOrDefault("order_id", "?")) + "]";
            if (!seenRows.add(raw.get(i))) {
                problems.add(where + ": duplicate row");
                continue;
            }
            List<String> bad = new ArrayList<>();
            fields.forEach((field, column) -> {
                String v = row.get(column);
                String why = problem(f.entity, field, v == null ? "" : v.strip());
                if (why != null) {
                    bad.add(field + " " + why + ": \"" + v + "\"");
                }
            });
            if (key != null) {
                String k = key.equals("order_id+line_no") ? row.get("order_id") + "/" + row.get("line") : row.get(fields.get(key));
                if (!seenKeys.add(k)) {
                    bad.add("repeats the id " + k);
                }
            }
            if (!bad.isEmpty()) {
                problems.add(where + ": " + bad);
            }
        }
    }

    private String problem(String entity, String field, String v) {
        if (v.isEmpty()) {
            return REQUIRED.getOrDefault(entity, Set.of()).contains(field) ? "is required" : null;
        }
        try {
            if (TIMESTAMPS.contains(field)) {
                LocalDateTime t = LocalDateTime.parse(v, TS);
                return t.toLocalDate().isAfter(demo.spec.endDate()) ? "is after the end date" : null;
            }
            if (DATES.contains(field)) {
                LocalDate.parse(v);
                return null;
            }
            if (DECIMALS.contains(field) && new BigDecimal(v).signum() < 0 && !field.equals("longitude") && !field.equals("latitude")) {
                return "is negative";
            }
            if (INTEGERS.contains(field)) {
                int n = Integer.parseInt(v);
                int[] range = RANGES.get(field);
                return range != null && (n < range[0] || n > range[1]) ? "is out of " + range[0] + "-" + range[1] : null;
            }
        } catch (RuntimeException e) {
            return "does not parse";
        }
        if (BOOLEANS.contains(field) && !v.equals("true") && !v.equals("false")) {
            return "is not a boolean";
        }
        if (ALLOWED.containsKey(field) && !ALLOWED.get(field).contains(v)) {
            return "is not allowed";
        }
        if (entity.equals("customers") && field.equals("email") && !EMAIL.matcher(v).matches()
                || entity.equals("customers") && field.equals("phone") && !PHONE.matcher(v).matches()) {
            return "does not match the pattern";
        }
        return field.equals("type") && !v.matches("[a-z][a-z0-9_]{0,63}") ? "is not an event type" : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> flat(Map<String, Object> o) {
        Map<String, String> out = new HashMap<>();
        o.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                ((Map<String, Object>) m).forEach((k2, v2) -> out.put(k + "." + k2, v2 == null ? null : v2.toString()));
                out.put(k, "{}");
            } else {
                out.put(k, v == null ? null : v.toString());
            }
        });
        return out;
    }
}
