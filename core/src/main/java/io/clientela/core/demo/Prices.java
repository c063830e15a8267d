package io.clientela.core.demo;

import java.util.SplittableRandom;

/**
 * What a product costs in a country on a day, in the country's currency and at its price points:
 * the list price converted at a fixed rate, raised by 4% each January, cut by 10-25% in about one
 * product-month in eight (a promotion) and by 20% from Black Friday to Cyber Monday.
 */
final class Prices {
    private final Calendar calendar;
    /** Local prices by [country][product][month of the window]. */
    private final double[][][] table;

    Prices(DemoSpec spec, Calendar calendar) {
        this.calendar = calendar;
        int months = calendar.months();
        int startYear = spec.startDate().getYear();
        int startMonth = spec.startDate().getMonthValue() - 1;
        SplittableRandom r = new SplittableRandom(spec.seed() ^ 0x5EEDL);
        double[][] promo = new double[Catalog.ALL.size()][months];
        for (int p = 0; p < Catalog.ALL.size(); p++) {
            for (int m = 0; m < months; m++) {
                promo[p][m] = r.nextDouble() < 0.12 ? 0.10 + 0.05 * r.nextInt(4) : 0;
            }
        }
        table = new double[Countries.ALL.size()][Catalog.ALL.size()][months];
        for (Country c : Countries.ALL) {
            for (Catalog.Product p : Catalog.ALL) {
                for (int m = 0; m < months; m++) {
                    int year = startYear + (startMonth + m) / 12;
                    double usd = p.priceUsd() * StrictMath.pow(1.04, year - startYear) * (1 - promo[p.index()][m]);
                    table[c.ordinal()][p.index()][m] = c.pricePoint(usd);
                }
            }
        }
    }

    /** The unit price of {@code p} in {@code c} on {@code epochDay} (a day of the window). */
    double price(Country c, Catalog.Product p, long epochDay) {
        double listed = table[c.ordinal()][p.index()][calendar.monthIndex(epochDay)];
        if (calendar.blackWeek(epochDay)) {
            return c.pricePoint(listed * 0.8 / c.perUsd());
        }
        return listed;
    }
}
