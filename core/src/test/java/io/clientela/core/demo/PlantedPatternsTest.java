package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlantedPatternsTest {
    Generated demo;
    LocalDate end;

    @BeforeAll
    void generate(@TempDir Path tmp) {
        demo = Generated.write(tmp, Generated.spec(6_000));
        end = demo.spec.endDate();
    }

    @Test
    void the_manifest_names_the_four_planted_patterns() {
        assertThat(demo.manifest.planted()).hasSize(4);
        assertThat(demo.manifest.planted().get(1)).contains("affiliate", "2025-04");
        assertThat(demo.manifest.planted().get(2)).contains("Barista Pro", "Descaling kit");
    }

    @Test
    void the_barista_pro_and_the_descaling_kit_are_bought_together_with_a_lift_above_3() {
        Map<String, Set<String>> baskets = new HashMap<>();
        demo.rows(DemoFile.ORDER_LINES).forEach(r -> baskets.computeIfAbsent(r.get("order_id"), k -> new HashSet<>()).add(r.get("sku")));
        double n = baskets.size();
        double a = baskets.values().stream().filter(b -> b.contains(Catalog.BARISTA_PRO)).count();
        double b = baskets.values().stream().filter(x -> x.contains(Catalog.DESCALING_KIT)).count();
        double ab = baskets.values().stream().filter(x -> x.contains(Catalog.BARISTA_PRO) && x.contains(Catalog.DESCALING_KIT)).count();

        assertThat((ab / n) / ((a / n) * (b / n))).isGreaterThan(3);
        assertThat(ab / a).as("confidence Barista Pro -> descaling kit").isGreaterThan(0.5);
        assertThat(ab).as("baskets with both").isGreaterThan(100);
    }

    @Test
    void the_affiliate_cohort_stops_buying_after_about_three_months_while_its_peers_go_on() {
        String month = demo.manifest.planted().get(1).replaceAll(".*in (\\d{4}-\\d{2}).*", "$1");
        Map<String, LocalDate> cohort = new HashMap<>();
        Map<String, LocalDate> peers = new HashMap<>();
        for (Map<String, String> c : demo.rows(DemoFile.CUSTOMERS_SHOP)) {
            if (c.get("acquired_at").startsWith(month)) {
                (c.get("acquisition_channel").equals("affiliate") ? cohort : peers).put(c.get("customer_id"), date(c.get("acquired_at")));
            }
        }
        assertThat(cohort).hasSizeGreaterThan(40);

        assertThat(shareBuyingAfter(cohort, 4)).isLessThan(0.02);
        assertThat(shareBuyingAfter(peers, 4)).isGreaterThan(0.3);
        assertThat(shareBuyingAfter(cohort, 0)).isEqualTo(1.0);
    }

    @Test
    void satisfaction_of_the_top_spenders_in_de_and_gb_falls_over_the_last_six_months_and_others_hold_level() {
        Set<String> top = topDecileSpenders(Set.of("DE", "GB"));
        Map<String, String> byEmail = new HashMap<>();
        Map<String, String> country = new HashMap<>();
        demo.rows(DemoFile.CUSTOMERS_SHOP).forEach(c -> {
            byEmail.put(c.get("email"), c.get("customer_id"));
            country.put(c.get("customer_id"), c.get("country"));
        });
        Predicate<String> inTop = top::contains;
        Predicate<String> others = id -> !top.contains(id) && Set.of("DE", "GB").contains(country.get(id));

        double recent = meanNps(byEmail, inTop, end.minusMonths(3), end);
        double yearBefore = meanNps(byEmail, inTop, end.minusMonths(15), end.minusMonths(12));
        double monthsSixToThree = meanNps(byEmail, inTop, end.minusMonths(6), end.minusMonths(3));

        assertThat(recent).isLessThan(yearBefore - 1.5).isLessThan(monthsSixToThree - 0.5);
        // others dip only in the last month (late deliveries): compare months 4-6 with a year earlier
        assertThat(meanNps(byEmail, others, end.minusMonths(6), end.minusMonths(3)))
                .isCloseTo(meanNps(byEmail, others, end.minusMonths(18), end.minusMonths(15)), org.assertj.core.api.Assertions.within(0.6));
    }

    @Test
    void late_delivery_complaints_in_the_last_30_days_are_more_than_twice_the_monthly_average_in_feedback_and_tickets() {
        LocalDate from = end.minusDays(29);
        Map<String, Integer> byMonth = new TreeMap<>();
        int recent = 0;
        for (Map<String, Object> f : demo.json(DemoFile.FEEDBACK)) {
            String text = (String) f.get("comment");
            if (text != null && Texts.mentionsLateDelivery(text)) {
                LocalDate day = date((String) f.get("submitted"));
                if (day.isBefore(from)) {
                    byMonth.merge(day.toString().substring(0, 7), 1, Integer::sum);
                } else {
                    recent++;
                }
            }
        }
        double monthly = byMonth.values().stream().mapToInt(Integer::intValue).sum() / (double) (demo.spec.months() - 1);
        assertThat(recent).isGreaterThan((int) (2 * monthly));

        long ticketsRecent = demo.rows(DemoFile.TICKETS).stream().filter(t -> t.get("category").equals("delivery"))
                .filter(t -> !date(t.get("created")).isBefore(from)).count();
        long ticketsBefore = demo.rows(DemoFile.TICKETS).stream().filter(t -> t.get("category").equals("delivery"))
                .filter(t -> date(t.get("created")).isBefore(from)).count();
        assertThat((double) ticketsRecent).isGreaterThan(2.0 * ticketsBefore / (demo.spec.months() - 1));
    }

    private double shareBuyingAfter(Map<String, LocalDate> customers, int months) {
        Set<String> buyers = new HashSet<>();
        for (Map<String, String> l : demo.rows(DemoFile.ORDER_LINES)) {
            LocalDate acquired = customers.get(l.get("customer_id"));
            if (acquired != null && l.get("ordered_at").length() == 19 && l.get("ordered_at").charAt(4) == '-'
                    && !date(l.get("ordered_at")).isBefore(acquired.plusMonths(months))) {
                buyers.add(l.get("customer_id"));
            }
        }
        return buyers.size() / (double) customers.size();
    }

    private Set<String> topDecileSpenders(Set<String> countries) {
        Map<String, Double> spend = new HashMap<>();
        Map<String, List<String>> byCountry = new HashMap<>();
        for (Map<String, String> l : demo.rows(DemoFile.ORDER_LINES)) {
            if (!l.get("customer_id").isEmpty() && countries.contains(l.get("country")) && !l.get("status").equals("cancelled")) {
                spend.merge(l.get("customer_id"), Integer.parseInt(l.get("quantity")) * Double.parseDouble(l.get("unit_price")), Double::sum);
            }
        }
        demo.rows(DemoFile.CUSTOMERS_SHOP).stream().filter(c -> countries.contains(c.get("country")))
                .forEach(c -> byCountry.computeIfAbsent(c.get("country"), k -> new ArrayList<>()).add(c.get("customer_id")));
        Set<String> top = new HashSet<>();
        byCountry.values().forEach(ids -> {
            ids.sort(Comparator.comparing((String id) -> -spend.getOrDefault(id, 0.0)).thenComparing(id -> id));
            top.addAll(ids.subList(0, ids.size() / 10));
        });
        return top;
    }

    private double meanNps(Map<String, String> byEmail, Predicate<String> group, LocalDate from, LocalDate to) {
        return demo.json(DemoFile.FEEDBACK).stream().filter(f -> f.get("nps") != null)
                .filter(f -> !date((String) f.get("submitted")).isBefore(from) && date((String) f.get("submitted")).isBefore(to))
                .filter(f -> group.test(byEmail.get((String) f.get("email"))))
                .mapToInt(f -> ((Number) f.get("nps")).intValue()).filter(n -> n <= 10).average().orElseThrow();
    }

    private static LocalDate date(String timestamp) {
        return LocalDate.parse(timestamp.substring(0, 10));
    }
}
