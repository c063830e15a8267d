package io.clientela.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes order lines: one to four products per order (the Barista Pro usually with a descaling
 * kit: the planted pair), prices of the day in the country's currency, about 2% of orders
 * cancelled and 4% of lines returned, guest orders with no customer id, and the revenue per country
 * and month for the sales targets.
 */
final class OrderWriter {
    private static final Catalog.Product BARISTA_PRO = Catalog.bySku(Catalog.BARISTA_PRO);
    private static final Catalog.Product DESCALING_KIT = Catalog.bySku(Catalog.DESCALING_KIT);
    private final Plan plan;
    private final Out out;
    private final Sprinkle sprinkle;
    /** Net revenue in local currency by [country][month of the window]. */
    final double[][] revenue;

    OrderWriter(Plan plan, Out out, Sprinkle sprinkle) {
        this.plan = plan;
        this.out = out;
        this.sprinkle = sprinkle;
        this.revenue = new double[Countries.ALL.size()][plan.calendar.months()];
    }

    List<Order> write(Customer c, SplittableRandom r) {
        List<Purchases.Purchase> purchases = Purchases.of(c, plan, r);
        List<Order> orders = new ArrayList<>(purchases.size());
        for (int k = 0; k < purchases.size(); k++) {
            Purchases.Purchase p = purchases.get(k);
            orders.add(order("O" + Customer.pad(c.index + 1, 7) + "-" + Customer.pad(k + 1, 3), c, c.id, p.at(), p.store(), r));
        }
        return orders;
    }

    /** A guest checkout by someone who never signed up, near this customer. */
    Order guest(Customer c, SplittableRandom r) {
        long day = plan.calendar.startDay + r.nextInt(plan.calendar.days());
        return order("G" + Customer.pad(c.index + 1, 7) + "-001", c, null, plan.localTime(c.country, day, false, r), false, r);
    }

    private Order order(String id, Customer c, String customerId, long at, boolean store, SplittableRandom r) {
        long day = Math.floorDiv(at, Fmt.DAY);
        int month = java.time.LocalDate.ofEpochDay(day).getMonthValue();
        List<Catalog.Product> items = basket(c.highValue, month, r);
        String channel = store ? "store" : r.nextDouble() < 0.3 + 0.25 * (day - plan.calendar.startDay) / plan.calendar.days() ? "app" : "web";
        boolean cancelled = r.nextDouble() < 0.02;
        boolean late = !store && !cancelled && r.nextDouble() < (day >= plan.lateFromDay ? 0.4 : 0.03);
        boolean anyReturned = false;
        List<Double> prices = new ArrayList<>(items.size());
        int m = plan.calendar.monthIndex(day);
        for (int i = 0; i < items.size(); i++) {
            Catalog.Product p = items.get(i);
            double price = plan.prices.price(c.country, p, day);
            prices.add(price);
            int qty = p.category().equals("accessories") ? 1 + (r.nextDouble() < 0.3 ? 1 + r.nextInt(2) : 0) : r.nextDouble() < 0.04 ? 2 : 1;
            int returned = cancelled || r.nextDouble() >= (late ? 0.08 : 0.04) ? 0 : qty > 1 && r.nextBoolean() ? 1 : qty;
            anyReturned |= returned > 0;
            if (!cancelled) {
                revenue[c.country.ordinal()][m] += (qty - returned) * price;
            }
            String bad = i == 0 ? sprinkle.malformedDate(c.index, id, at) : null;
            out.cell(id).cell(i + 1);
            if (bad != null) {
                out.cell(bad);
            } else {
                out.timestamp(at);
            }
            out.cell(customerId).cell(p.sku()).cell(p.name()).cell(p.category()).cell(qty).money(price).cell(c.country.currency())
                    .cell(channel).cell(store ? "Casa Nova " + c.city.name() : null).cell(c.city.region()).cell(c.country.code())
                    .cell(cancelled ? "cancelled" : returned > 0 ? "returned" : "completed").cell(returned).end();
            if (i == 0 && bad == null && sprinkle.duplicate(c.index, id)) {
                out.repeatLastRow();
            }
        }
        return new Order(id, at, channel, items, prices, cancelled, late, anyReturned);
    }

    /** One to four different products; the Barista Pro brings its descaling kit in six baskets of ten. */
    private static List<Catalog.Product> basket(boolean premium, int month, SplittableRandom r) {
        double x = r.nextDouble();
        int lines = x < 0.52 ? 1 : x < 0.82 ? 2 : x < 0.95 ? 3 : 4;
        List<Catalog.Product> items = new ArrayList<>(lines + 1);
        for (int tries = 0; items.size() < lines && tries < 12; tries++) {
            Catalog.Product p = Catalog.pick(premium, month, r);
            if (!items.contains(p)) {
                items.add(p);
            }
        }
        if (items.contains(BARISTA_PRO) && !items.contains(DESCALING_KIT) && r.nextDouble() < 0.6) {
            items.add(DESCALING_KIT);
        }
        return items;
    }
}
