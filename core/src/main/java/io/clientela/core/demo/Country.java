package io.clientela.core.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A market of Casa Nova: its share of customers, the language its customers write in, its currency
 * (with a fixed rate per US dollar), its UTC offset, whether stores open on Sundays, its cities and
 * how phone numbers are written there.
 */
record Country(String code, String name, double weight, String language, String currency, double perUsd, int utcOffsetHours,
               boolean sundayStores, Phones phones, List<City> cities) {

    Country {
        cities = List.copyOf(cities);
        if (cities.isEmpty()) {
            throw new IllegalArgumentException("country " + code + " has no cities");
        }
    }

    /**
     * A city with a Casa Nova store; {@code share} is its weight among the country's customers.
     */
    record City(String name, String region, double latitude, double longitude, double share) {
    }

    City city(SplittableRandom r) {
        double total = cities.stream().mapToDouble(City::share).sum();
        double x = r.nextDouble() * total;
        for (City c : cities) {
            x -= c.share();
            if (x < 0) {
                return c;
            }
        }
        return cities.get(cities.size() - 1);
    }

    /** A price in this currency at the price points shops use here (9.99, 1 299, 39 990). */
    double pricePoint(double usd) {
        double local = usd * perUsd;
        return switch (currency) {
            case "HUF" -> Math.max(990, Math.round(local / 100) * 100 - 10);
            case "MXN", "CNY" -> Math.max(9, Math.round(local / 10) * 10 - 1);
            default -> Math.max(0.99, Math.ceil(local) - 0.01);
        };
    }

    static Country pick(SplittableRandom r) {
        double x = r.nextDouble();
        for (Country c : Countries.ALL) {
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        return Countries.ALL.get(Countries.ALL.size() - 1);
    }

    int ordinal() {
        return Countries.ALL.indexOf(this);
    }
}
