package io.clientela.core.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The days of the demo's window and how much people shop on each: a seasonal curve peaking in
 * December, Black Friday to Cyber Monday, and weekly rhythms that differ online (Sunday evening and
 * Monday) and in stores (Saturday; closed on Sundays where the law says so, and on Christmas Day).
 */
final class Calendar {
    private static final double[] MONTH = {0.80, 0.80, 0.95, 0.95, 1.0, 1.0, 0.95, 0.95, 1.0, 1.05, 1.30, 1.70};
    private static final double[] ONLINE_DOW = {1.15, 1.0, 0.95, 0.95, 0.9, 0.85, 1.2};
    private static final double[] STORE_DOW = {0.7, 0.7, 0.8, 0.9, 1.15, 1.75, 0.6};
    /** No day's demand, times any weekday factor, exceeds this (for thinning). */
    static final double MAX_FACTOR = 1.70 * 2.2 * 1.75;

    final long startDay;
    final long endDay;
    private final int startMonth;
    private final double[] demand;
    private final boolean[] blackWeek;
    private final int[] monthOf;

    Calendar(DemoSpec spec) {
        this.startDay = spec.startDate().toEpochDay();
        this.endDay = spec.endDate().toEpochDay();
        this.startMonth = spec.startDate().getYear() * 12 + spec.startDate().getMonthValue() - 1;
        int n = (int) (endDay - startDay + 1);
        demand = new double[n];
        blackWeek = new boolean[n];
        monthOf = new int[n];
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.ofEpochDay(startDay + i);
            monthOf[i] = d.getYear() * 12 + d.getMonthValue() - 1 - startMonth;
            LocalDate blackFriday = d.withMonth(11).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
            blackWeek[i] = !d.isBefore(blackFriday) && !d.isAfter(blackFriday.plusDays(3));
            double christmasRamp = d.getMonthValue() == 12 && d.getDayOfMonth() <= 22 ? 1.0 + d.getDayOfMonth() * 0.01 : 1.0;
            demand[i] = MONTH[d.getMonthValue() - 1] * christmasRamp * (blackWeek[i] ? 2.2 : 1.0);
        }
    }

    int days() {
        return demand.length;
    }

    /** Months since the first month of the window. */
    int monthIndex(long epochDay) {
        if (inWindow(epochDay)) {
            return monthOf[(int) (epochDay - startDay)];
        }
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getYear() * 12 + d.getMonthValue() - 1 - startMonth;
    }

    int months() {
        return monthIndex(endDay) + 1;
    }

    boolean blackWeek(long epochDay) {
        return inWindow(epochDay) && blackWeek[(int) (epochDay - startDay)];
    }

    boolean inWindow(long epochDay) {
        return epochDay >= startDay && epochDay <= endDay;
    }

    /** How much people buy on this day through {@code store} or online, relative to an ordinary day. */
    double factor(long epochDay, boolean store, boolean sundayStores) {
        int dow = (int) Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a Thursday; 0 = Monday
        if (store) {
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            boolean closed = dow == 6 && !sundayStores || d.getMonthValue() == 12 && d.getDayOfMonth() == 25
                    || d.getMonthValue() == 1 && d.getDayOfMonth() == 1;
            return closed ? 0 : demand[(int) (epochDay - startDay)] * STORE_DOW[dow];
        }
        return demand[(int) (epochDay - startDay)] * ONLINE_DOW[dow];
    }

    /** Seasonal weight of a category in a calendar month (1-12): fans in summer, heaters in winter. */
    static double season(String category, int month) {
        return switch (category) {
            case "cooling" -> new double[] {0.3, 0.3, 0.5, 0.8, 1.5, 2.6, 3.0, 2.6, 1.2, 0.6, 0.4, 0.4}[month - 1];
            case "heating" -> new double[] {2.4, 2.0, 1.3, 0.6, 0.3, 0.2, 0.2, 0.2, 0.5, 1.3, 2.2, 2.6}[month - 1];
            case "coffee" -> month == 12 ? 1.6 : month == 11 ? 1.3 : 1.0;
            case "kitchen" -> month == 12 ? 1.4 : month == 11 ? 1.2 : 1.0;
            case "cleaning" -> month == 3 || month == 4 ? 1.4 : 1.0;
            default -> 1.0;
        };
    }
}
