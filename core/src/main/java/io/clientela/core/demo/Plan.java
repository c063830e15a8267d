package io.clientela.core.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Everything fixed by the spec before the first customer is drawn: the calendar and prices, the
 * dates of the planted patterns, and a random stream per customer and purpose (seeded from the
 * spec's seed with SplitMix64 mixing, so streams do not overlap and never depend on write order).
 */
final class Plan {
    final DemoSpec spec;
    final Calendar calendar;
    final Prices prices;
    final long startSecond;
    final long endSecond;
    /** The churn cohort: customers acquired through affiliates in this month. */
    final LocalDate churnMonth;
    private final long churnStartDay;
    private final long churnEndDay;
    /** The declining group's satisfaction starts falling on this day (six months before the end). */
    final long declineStartDay;
    /** Online orders from this day on are often delivered late (the complaint topic that rises at the end). */
    final long lateFromDay;

    Plan(DemoSpec spec) {
        this.spec = spec;
        this.calendar = new Calendar(spec);
        this.prices = new Prices(spec, calendar);
        this.startSecond = calendar.startDay * Fmt.DAY;
        this.endSecond = calendar.endDay * Fmt.DAY + Fmt.DAY - 1;
        this.churnMonth = spec.startDate().withDayOfMonth(1).plusMonths(Math.max(0, spec.months() - 19));
        this.churnStartDay = Math.max(calendar.startDay, churnMonth.toEpochDay());
        this.churnEndDay = churnMonth.plusMonths(1).toEpochDay();
        this.declineStartDay = spec.endDate().minusMonths(6).toEpochDay();
        this.lateFromDay = calendar.endDay - 40;
    }

    SplittableRandom random(int customer, int purpose) {
        return new SplittableRandom(mix(mix(spec.seed() ^ 0x9E3779B97F4A7C15L) + customer * 0x632BE59BD9B4E019L + purpose));
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean inChurnCohortMonth(long epochDay) {
        return epochDay >= churnStartDay && epochDay < churnEndDay;
    }

    /** A day customers are acquired on: more as the company grows (3:1 end to start), and in season. */
    long acquisitionDay(SplittableRandom r) {
        int days = calendar.days();
        while (true) {
            int i = r.nextInt(days);
            double growth = (1 + 2.0 * i / days) / 3.0;
            // 3.5 bounds the online factor (Black Friday: 1.3 * 2.2 * 1.2)
            if (r.nextDouble() < growth * calendar.factor(calendar.startDay + i, false, true) / 3.5) {
                return calendar.startDay + i;
            }
        }
    }

    /**
     * A moment of {@code epochDay} in the country's local time, as UTC epoch seconds, within the
     * window: stores trade 10:00-20:00; online shopping peaks at lunch and in the evening.
     */
    long localTime(Country c, long epochDay, boolean store, SplittableRandom r) {
        return Math.max(startSecond, Math.min(endSecond, time(c, epochDay, store, r)));
    }

    /** Like {@link #localTime} but not kept within the window (for customers acquired before it). */
    long time(Country c, long epochDay, boolean store, SplittableRandom r) {
        int hour;
        if (store) {
            hour = 10 + r.nextInt(10);
        } else {
            double x = r.nextDouble();
            hour = x < 0.2 ? 7 + r.nextInt(5) : x < 0.55 ? 12 + r.nextInt(6) : 18 + r.nextInt(5);
        }
        return epochDay * Fmt.DAY + hour * 3600L + r.nextInt(3600) - c.utcOffsetHours() * 3600L;
    }

    /**
     * A standard normal variate by the Box-Muller transform. The generator uses {@link StrictMath}
     * and its own normal variates (not {@code nextGaussian}, whose algorithm is the JDK's to change)
     * so that a spec writes the same bytes on every JVM and platform.
     */
    static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * r.nextDouble());
    }

    /** An exponential variate with mean 1. */
    static double exponential(SplittableRandom r) {
        return -StrictMath.log(1 - r.nextDouble());
    }

    /** A gamma variate (Marsaglia and Tsang, "A simple method for generating gamma variables", 2000). */
    static double gamma(double shape, SplittableRandom r) {
        if (shape < 1) {
            return gamma(shape + 1, r) * StrictMath.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = Plan.gaussian(r);
            double v = (1 + c * x) * (1 + c * x) * (1 + c * x);
            if (v > 0 && StrictMath.log(r.nextDouble()) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v;
            }
        }
    }
}
