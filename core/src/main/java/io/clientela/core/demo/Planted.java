package io.clientela.core.demo;

import java.time.LocalDate;
import java.util.List;

/** The patterns planted in a generated company, as sentences for the manifest and the CLI. */
final class Planted {
    private Planted() {
    }

    static List<String> describe(Plan plan) {
        LocalDate end = plan.spec.endDate();
        return List.of(
                "falling satisfaction among high-value customers: the top tenth of spenders in DE and GB lose satisfaction steadily from "
                        + LocalDate.ofEpochDay(plan.declineStartDay) + " to " + end + " (relationship NPS about 3 points lower in the last "
                        + "3 months than a year earlier; CSAT and CES fall too), while other customers stay level",
                "churning cohort: customers acquired through 'affiliate' in " + plan.churnMonth.toString().substring(0, 7)
                        + " (the 'Partner deals' campaign) stop buying about 3 months after their first order",
                "product pair bought together: " + Catalog.bySku(Catalog.BARISTA_PRO).name() + " (" + Catalog.BARISTA_PRO + ") and "
                        + Catalog.bySku(Catalog.DESCALING_KIT).name() + " (" + Catalog.DESCALING_KIT + "), in 6 of 10 Barista Pro baskets "
                        + "(lift far above 3)",
                "rising complaint in the last 30 days (from " + LocalDate.ofEpochDay(plan.calendar.endDay - 29) + "): late delivery — "
                        + "\"late delivery\", \"entrega tardía\", \"配送延迟\", \"késik a szállítás\" in survey comments, and delivery "
                        + "tickets, several times the monthly average");
    }
}
