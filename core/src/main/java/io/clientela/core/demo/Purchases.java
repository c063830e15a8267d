package io.clientela.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When a customer buys: the first order when acquired (unless that was before the window), then a Poisson process at the customer's own
 * rate until their (exponentially distributed) lifetime ends, the "buy till you die" story of
 * Fader, Hardie and Lee ("Counting your customers the easy way", 2005), with rates drawn from a
 * gamma distribution so that a few customers buy most. Times are thinned by the calendar (season,
 * Black Friday, weekday) separately for stores and online.
 */
final class Purchases {
    /** One purchase: when, and whether in a store. */
    record Purchase(long at, boolean store) {
    }

    private Purchases() {
    }

    static List<Purchase> of(Customer c, Plan plan, SplittableRandom r) {
        List<Purchase> out = new ArrayList<>();
        if (c.acquiredAt >= plan.startSecond) {
            out.add(new Purchase(c.acquiredAt, c.channel.equals("store")));
        }
        double max = c.ratePerDay * Calendar.MAX_FACTOR;
        double t = c.firstDay(plan) + 0.5;
        while (true) {
            t += Plan.exponential(r) / max;
            long day = (long) t;
            if (day > c.lastActiveDay) {
                return out;
            }
            boolean store = r.nextDouble() < c.storeShare;
            if (r.nextDouble() < plan.calendar.factor(day, store, c.country.sundayStores()) / Calendar.MAX_FACTOR) {
                long at = plan.localTime(c.country, day, store, r);
                if (out.isEmpty() || at > out.get(out.size() - 1).at()) {
                    out.add(new Purchase(at, store));
                }
            }
        }
    }
}
