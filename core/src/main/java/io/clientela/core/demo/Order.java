package io.clientela.core.demo;

import java.util.List;

/**
 * One order as written, for the writers that follow it (web session, ticket, survey).
 *
 * @param at        when it was placed, UTC epoch seconds
 * @param channel   web, app or store
 * @param late      online and delivered late (the complaint planted to rise in the last month)
 * @param returned  at least one line came back
 */
record Order(String id, long at, String channel, List<Catalog.Product> items, List<Double> unitPrices, boolean cancelled, boolean late,
             boolean returned) {

    Order {
        items = List.copyOf(items);
        unitPrices = List.copyOf(unitPrices);
    }

    boolean store() {
        return channel.equals("store");
    }

    long day() {
        return Math.floorDiv(at, Fmt.DAY);
    }

    double total() {
        return unitPrices.stream().mapToDouble(Double::doubleValue).sum();
    }
}
