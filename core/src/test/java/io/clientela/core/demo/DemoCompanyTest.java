package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCompanyTest {
    static final DemoSpec SPEC = new DemoSpec(42, 4_000, LocalDate.of(2026, 10, 31), 24);

    @TempDir
    static Path tmp;

    static DemoManifest manifest;

    @BeforeAll
    static void generate() {
        manifest = DemoCompany.write(tmp.resolve("a"), SPEC, n -> { });
    }

    @Test
    void the_same_spec_writes_byte_identical_files() throws Exception {
        DemoCompany.write(tmp.resolve("b"), SPEC, n -> { });
        for (DemoManifest.Entry e : manifest.files()) {
            assertThat(sha(e.data())).as(e.data().getFileName().toString()).isEqualTo(sha(tmp.resolve("b").resolve(e.data().getFileName())));
        }
    }

    @Test
    void another_seed_writes_another_company() throws Exception {
        DemoCompany.write(tmp.resolve("c"), new DemoSpec(7, 4_000, SPEC.endDate(), 24), n -> { });
        assertThat(sha(tmp.resolve("c/order-lines.csv"))).isNotEqualTo(sha(tmp.resolve("a/order-lines.csv")));
    }

    @Test
    void every_file_has_its_mapping_and_rows() {
        assertThat(manifest.files()).hasSize(12);
        for (DemoManifest.Entry e : manifest.files()) {
            assertThat(e.mapping()).exists();
            assertThat(e.rows()).as(e.data().getFileName().toString()).isPositive();
        }
        assertThat(rows("customers-shop.csv")).isEqualTo(4_000);
        assertThat(rows("order-lines.csv")).isBetween(20_000L, 40_000L);
    }

    @Test
    void rejects_impossible_specs() {
        assertThatThrownBy(() -> new DemoSpec(1, 0, LocalDate.of(2026, 1, 1), 24)).hasMessageContaining("customers");
        assertThatThrownBy(() -> new DemoSpec(1, 10, LocalDate.of(2026, 1, 1), 1)).hasMessageContaining("months");
    }

    @Test
    void plants_a_product_pair_with_high_lift() throws IOException {
        Map<String, List<String>> baskets = new HashMap<>();
        for (String[] row : csv("order-lines.csv")) {
            baskets.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[4]);
        }
        double n = baskets.size();
        double a = baskets.values().stream().filter(b -> b.contains(Catalog.BARISTA_PRO)).count();
        double b = baskets.values().stream().filter(x -> x.contains(Catalog.DESCALING_KIT)).count();
        double ab = baskets.values().stream().filter(x -> x.contains(Catalog.BARISTA_PRO) && x.contains(Catalog.DESCALING_KIT)).count();
        double lift = (ab / n) / ((a / n) * (b / n));
        assertThat(lift).isGreaterThan(3);
    }

    @Test
    void plants_a_churning_affiliate_cohort() throws IOException {
        LocalDate cohort = SPEC.endDate().minusMonths(18).withDayOfMonth(1);
        Map<String, String> acquired = new HashMap<>();
        for (String[] row : csv("customers-shop.csv")) {
            if (row[13].equals("affiliate") && row[14].startsWith(cohort.toString().substring(0, 7))) {
                acquired.put(row[0], row[14]);
            }
        }
        assertThat(acquired).hasSizeGreaterThan(20);
        long late = csv("order-lines.csv").stream().filter(r -> acquired.containsKey(r[3]))
                .filter(r -> LocalDate.parse(r[2].substring(0, 10)).isAfter(cohort.plusMonths(5))).count();
        long all = csv("order-lines.csv").stream().filter(r -> acquired.containsKey(r[3])).count();
        assertThat(late).isLessThan(all / 10);
    }

    @Test
    void plants_rising_late_delivery_complaints_in_four_languages() throws IOException {
        List<String> lines = Files.readAllLines(tmp.resolve("a/feedback.jsonl"), StandardCharsets.UTF_8);
        String lastMonth = SPEC.endDate().minusDays(30).toString();
        List<String> markers = List.of("late", "tardía", "配送延迟", "Késik", "késik");
        long recent = lines.stream().filter(l -> at(l).compareTo(lastMonth) >= 0).filter(l -> markers.stream().anyMatch(l::contains)).count();
        long before = lines.stream().filter(l -> at(l).compareTo(lastMonth) < 0).filter(l -> markers.stream().anyMatch(l::contains)).count();
        assertThat((double) recent).isGreaterThan(2.0 * before / (SPEC.months() - 1));
        for (String word : List.of("tardía", "配送延迟", "szállítás", "delivery")) {
            assertThat(lines).anyMatch(l -> l.contains(word));
        }
    }

    @Test
    void plants_falling_satisfaction_among_high_value_customers() throws IOException {
        List<String> lines = Files.readAllLines(tmp.resolve("a/feedback.jsonl"), StandardCharsets.UTF_8);
        Map<String, String> countryByEmail = new HashMap<>();
        csv("customers-shop.csv").forEach(r -> countryByEmail.put(r[3], r[8]));
        // VIPs answer more often: compare DE/GB relationship NPS in the last 3 months with a year earlier
        double recent = meanNps(lines, countryByEmail, SPEC.endDate().minusMonths(3), SPEC.endDate());
        double earlier = meanNps(lines, countryByEmail, SPEC.endDate().minusMonths(15), SPEC.endDate().minusMonths(12));
        assertThat(recent).isLessThan(earlier - 0.3);
    }

    @Test
    void deliberately_bad_rows_are_counted() {
        assertThat(manifest.deliberatelyBadRows()).isBetween(2, 40);
        assertThat(manifest.planted()).hasSize(4);
    }

    private static double meanNps(List<String> lines, Map<String, String> countryByEmail, LocalDate from, LocalDate to) {
        return lines.stream().filter(l -> l.contains("\"nps\":")).filter(l -> at(l).compareTo(from.toString()) >= 0 && at(l).compareTo(to.toString()) < 0)
                .filter(l -> {
                    String email = l.replaceAll(".*\"email\":\"([^\"]+)\".*", "$1");
                    String c = countryByEmail.get(email);
                    return "DE".equals(c) || "GB".equals(c);
                })
                .mapToInt(l -> Integer.parseInt(l.replaceAll(".*\"nps\":(\\d+).*", "$1"))).filter(x -> x <= 10).average().orElse(Double.NaN);
    }

    private static String at(String jsonLine) {
        return jsonLine.replaceAll(".*\"at\":\"([^\"]+)\".*", "$1");
    }

    private static long rows(String file) {
        return manifest.files().stream().filter(e -> e.data().getFileName().toString().equals(file)).findFirst().orElseThrow().rows();
    }

    private static List<String[]> csv(String file) throws IOException {
        try (Stream<String> s = Files.lines(tmp.resolve("a").resolve(file), StandardCharsets.UTF_8)) {
            return s.skip(1).map(l -> l.split(",", -1)).toList();
        }
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
