package io.clientela.core.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the web and app events around each customer: a tracked session for most online orders
 * (search, product views, cart, checkout, order), browsing visits that end without an order
 * (some signed out, some abandoning a cart), and guest checkouts that stay anonymous. Only customers
 * who consented to tracking are tracked, and about a third of their visits are lost to ad blockers.
 */
final class EventWriter {
    private static final String[] REFERRERS = {"https://www.google.com/", "https://www.bing.com/", "https://www.facebook.com/",
        "https://www.instagram.com/", "https://deals.partner.example/", "https://newsletter.casanova.example/"};
    private static final double[] REFERRER_WEIGHTS = {0.40, 0.06, 0.08, 0.07, 0.05, 0.09};
    private final Plan plan;
    private final Out out;

    EventWriter(Plan plan, Out out) {
        this.plan = plan;
        this.out = out;
    }

    void write(Customer c, List<Order> orders, SplittableRandom r) {
        if (!c.consentTracking) {
            return;
        }
        int sessions = 0;
        for (Order o : orders) {
            if (!o.store() && r.nextDouble() < 0.65) {
                orderSession(new Session(out, sessionId(c, ++sessions), c, true, c.cookie, o.channel(), referrer(o.channel(), r)), c, o, r);
            }
        }
        long until = Math.min(plan.calendar.endDay, c.lastActiveDay + 60);
        long from = c.firstDay(plan);
        for (int visits = r.nextInt(3); visits > 0; visits--) {
            long day = from + (long) (r.nextDouble() * (until - from + 1));
            String channel = r.nextDouble() < 0.35 ? "app" : "web";
            browse(new Session(out, sessionId(c, ++sessions), c, r.nextDouble() < 0.6, c.cookie, channel, referrer(channel, r)), c,
                    plan.localTime(c.country, day, false, r), r);
        }
    }

    /** A guest checkout: anonymous from start to end, under a cookie of its own. */
    void guest(Customer c, Order o, SplittableRandom r) {
        String cookie = "anon-" + Long.toHexString(r.nextLong() | Long.MIN_VALUE).substring(0, 12);
        orderSession(new Session(out, "g" + o.id().substring(1), c, false, cookie, "web", referrer("web", r)), c, o, r);
    }

    private void orderSession(Session s, Customer c, Order o, SplittableRandom r) {
        long t = Math.max(plan.startSecond, o.at() - 60L * (4 + 3 * o.items().size() + r.nextInt(8)));
        if (s.signedIn() && r.nextDouble() < 0.4) {
            s.simple("login", t, "/account/login");
            t += 20 + r.nextInt(40);
        }
        Catalog.Product first = o.items().get(0);
        if (r.nextBoolean()) {
            s.search(t, Texts.search(c.country.language(), first.category(), r), 5 + r.nextInt(40));
        } else {
            s.simple("page_view", t, "/");
        }
        for (int i = 0; i < o.items().size(); i++) {
            t = Math.min(o.at() - 30, t + 30 + r.nextInt(90));
            s.product("product_view", t, o.items().get(i), o.unitPrices().get(i));
            s.product("add_to_cart", Math.min(o.at() - 20, t + 10 + r.nextInt(30)), o.items().get(i), o.unitPrices().get(i));
        }
        if (r.nextDouble() < 0.12) {
            Catalog.Product other = Catalog.pick(false, 6, r);
            double price = plan.prices.price(c.country, other, o.day());
            s.product("add_to_cart", o.at() - 15, other, price);
            s.product("remove_from_cart", o.at() - 12, other, price);
        }
        s.event("checkout", o.at() - 10, "/checkout").object("properties").num("items", o.items().size()).money("value", o.total())
                .str("currency", c.country.currency()).close();
        out.end();
        s.event("order", o.at(), "/checkout/confirmation").object("properties").str("order_id", o.id()).money("revenue", o.total())
                .str("currency", c.country.currency()).close();
        out.end();
    }

    private void browse(Session s, Customer c, long t, SplittableRandom r) {
        int month = java.time.LocalDate.ofEpochDay(Math.floorDiv(t, Fmt.DAY)).getMonthValue();
        Catalog.Product p = Catalog.pick(c.highValue, month, r);
        double price = plan.prices.price(c.country, p, Math.floorDiv(t, Fmt.DAY));
        if (r.nextBoolean()) {
            s.search(t, Texts.search(c.country.language(), p.category(), r), 5 + r.nextInt(40));
        } else {
            s.simple("page_view", t, "/");
        }
        s.product("product_view", Math.min(plan.endSecond, t + 25 + r.nextInt(60)), p, price);
        if (r.nextDouble() < 0.3) {
            s.product("add_to_cart", Math.min(plan.endSecond, t + 100 + r.nextInt(60)), p, price);
            if (r.nextDouble() < 0.4) {
                s.product("remove_from_cart", Math.min(plan.endSecond, t + 200 + r.nextInt(60)), p, price);
            }
        }
    }

    private static String sessionId(Customer c, int n) {
        return "s" + Customer.pad(c.index + 1, 7) + "-" + n;
    }

    private static String referrer(String channel, SplittableRandom r) {
        if (channel.equals("app")) {
            return null;
        }
        double x = r.nextDouble();
        for (int i = 0; i < REFERRERS.length; i++) {
            x -= REFERRER_WEIGHTS[i];
            if (x < 0) {
                return REFERRERS[i];
            }
        }
        return null;
    }
}
