package io.clientela.core.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Casa Nova's catalogue ({@code products.txt}: about 120 products in six categories) and how
 * customers pick from it: by popularity, by season (fans in summer, heaters in winter), and, for the
 * customers who spend most, tilted towards the dearer models.
 */
final class Catalog {
    static final String BARISTA_PRO = "P-1001";
    static final String DESCALING_KIT = "P-6001";

    /** A product with its list price and unit cost in US dollars. */
    record Product(int index, String sku, String category, String name, double priceUsd, double costUsd, double popularity) {
    }

    static final List<Product> ALL = load();
    /** Cumulative pick weights by [premium 0/1][calendar month 0-11][product]. */
    private static final double[][][] CUMULATIVE = cumulative();

    private Catalog() {
    }

    static Product bySku(String sku) {
        return ALL.stream().filter(p -> p.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo product " + sku));
    }

    /** A product for a basket in calendar month {@code month} (1-12). */
    static Product pick(boolean premium, int month, SplittableRandom r) {
        double[] cum = CUMULATIVE[premium ? 1 : 0][month - 1];
        int i = Arrays.binarySearch(cum, r.nextDouble() * cum[cum.length - 1]);
        return ALL.get(Math.min(ALL.size() - 1, i < 0 ? -i - 1 : i + 1));
    }

    private static List<Product> load() {
        List<Product> out = new ArrayList<>();
        for (String line : Resources.lines("products.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ");
            if (f.length != 5) {
                throw new IllegalStateException("products.txt: expected sku | category | name | price | popularity, found \"" + line + "\"");
            }
            double price = Double.parseDouble(f[3]);
            // unit cost between 38% and 62% of the list price, cheaper for accessories (the margin makers)
            double costShare = (f[1].equals("accessories") ? 0.30 : 0.45) + (Math.floorMod(f[0].hashCode(), 17)) / 100.0;
            out.add(new Product(out.size(), f[0], f[1], f[2], price, Math.round(price * costShare * 100) / 100.0, Double.parseDouble(f[4])));
        }
        return List.copyOf(out);
    }

    private static double[][][] cumulative() {
        double[][][] cum = new double[2][12][ALL.size()];
        for (int tier = 0; tier < 2; tier++) {
            for (int m = 0; m < 12; m++) {
                double sum = 0;
                for (Product p : ALL) {
                    double w = p.popularity() * Calendar.season(p.category(), m + 1);
                    sum += tier == 1 ? w * Math.sqrt(p.priceUsd() / 60) : w;
                    cum[tier][m][p.index()] = sum;
                }
            }
        }
        return cum;
    }
}
