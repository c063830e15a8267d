package io.clientela.core.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Writes the demo company's files and their mappings into a folder. */
public final class DemoCompany {
    private DemoCompany() {
    }

    /**
     * Writes every file for {@code spec} into {@code dir}; {@code progress} hears the number of
     * customers written so far.
     */
    public static DemoManifest write(Path dir, DemoSpec spec, LongConsumer progress) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Campaigns.Campaign> campaigns = Campaigns.plan(spec);
        int bad;
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        try (DemoFiles files = new DemoFiles(dir)) {
            for (Catalog.Product p : Catalog.ALL) {
                files.get("products.csv").csv(p.id(), p.name(), p.category(), Out.money(p.priceUsd()), Out.money(p.costUsd()), "USD");
            }
            Campaigns.write(files.get("campaigns.csv"), campaigns);
            targets(files.get("sales-targets.csv"), spec);
            CustomerWriter writer = new CustomerWriter(spec, files, campaigns);
            for (int i = 0; i < spec.customers(); i++) {
                writer.write(new CustomerLife(spec, i));
                if ((i + 1) % 1000 == 0 || i + 1 == spec.customers()) {
                    progress.accept(i + 1);
                }
            }
            bad = writer.badRows;
            files.all().forEach((name, out) -> rows.put(name, out.rows()));
        }
        List<DemoManifest.Entry> entries = new ArrayList<>();
        DemoMappings.FILES.forEach((name, m) -> {
            Path mapping = dir.resolve(name.replaceFirst("\\.(csv|jsonl)$", ".yaml"));
            try {
                java.nio.file.Files.writeString(mapping, "# Demo company mapping for " + name + " (generated)\n" + m[1], StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries.add(new DemoManifest.Entry(mapping, dir.resolve(name), m[0], rows.get(name)));
        });
        return new DemoManifest(entries, planted(spec), bad);
    }

    static List<String> planted(DemoSpec spec) {
        LocalDate cohort = spec.endDate().minusMonths(18).withDayOfMonth(1);
        return List.of(
                "high-revenue customers in DE and GB whose satisfaction (NPS) falls steadily over the last 6 months",
                "churning cohort: customers acquired through 'affiliate' in " + cohort.getYear() + "-" + String.format("%02d", cohort.getMonthValue())
                        + " stop buying after about 3 months",
                "product pair bought together: Barista Pro espresso machine (P-1001) + Descaling kit (P-6001)",
                "complaint topic rising in the last 30 days: late delivery (en/es/zh/hu) in feedback and delivery tickets");
    }

    private static void targets(Out out, DemoSpec spec) {
        LocalDate month = spec.startDate().withDayOfMonth(1);
        int i = 0;
        while (!month.isAfter(spec.endDate())) {
            for (Country c : Country.ALL) {
                double expected = spec.customers() * c.weight() * 0.085 * 190 * c.perUsd() * (1 + 0.02 * i);
                out.csv(month.getYear() + "-" + String.format("%02d", month.getMonthValue()), month, month.plusMonths(1).minusDays(1),
                        People.manager(c.code()), c.code(), Out.money(expected), c.currency());
            }
            month = month.plusMonths(1);
            i++;
        }
    }
}
