package io.clientela.core.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes the monthly sales target of each region (a country, owned by its manager), in the
 * country's currency. Targets are set close to what the month turned out to be, between 8% below
 * and 15% above, so some months beat their target and most miss it a little.
 */
final class Targets {
    private Targets() {
    }

    static void write(Out out, Plan plan, double[][] revenue) {
        SplittableRandom r = plan.random(-1, 11);
        LocalDate month = plan.spec.startDate().withDayOfMonth(1);
        for (int m = 0; m < plan.calendar.months(); m++, month = month.plusMonths(1)) {
            for (Country c : Countries.ALL) {
                double target = revenue[c.ordinal()][m] * (0.92 + 0.23 * r.nextDouble());
                double step = c.perUsd() >= 100 ? 10_000 : c.perUsd() >= 5 ? 100 : 10;
                // a window that starts or ends mid-month has part-month periods
                long from = Math.max(month.toEpochDay(), plan.calendar.startDay);
                long to = Math.min(month.plusMonths(1).toEpochDay() - 1, plan.calendar.endDay);
                out.cell(month.getYear() + "-" + Customer.pad(month.getMonthValue(), 2)).date(from).date(to)
                        .cell(Staff.manager(c.code())).cell(c.code())
                        .money(Math.round(target / step) * step).cell(c.currency()).end();
            }
        }
    }
}
