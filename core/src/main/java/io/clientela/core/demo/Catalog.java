package io.clientela.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Casa Nova's products: ids, names, categories, list prices and costs in US dollars. */
final class Catalog {
    static final String BARISTA_PRO = "P-1001";
    static final String DESCALING_KIT = "P-6001";

    record Product(String id, String name, String category, double priceUsd, double costUsd, double popularity) {
    }

    static final List<Product> ALL = build();

    private Catalog() {
    }

    private static List<Product> build() {
        List<Product> p = new ArrayList<>();
        String[][] lines = {
            {"coffee", "1", "Barista Pro espresso machine:549", "Drip coffee maker:79", "Burr grinder:129", "Milk frother:49",
                "Pour-over kettle:59", "Capsule machine:99", "Cold brew maker:39", "Espresso cups (set of 4):24"},
            {"kitchen", "2", "Stand mixer:399", "Blender:89", "Toaster:49", "Air fryer:119", "Rice cooker:69", "Food processor:149",
                "Electric kettle:45", "Induction hob:229", "Slow cooker:79", "Knife set:99", "Cast iron pan:59", "Juicer:139"},
            {"cleaning", "3", "Robot vacuum:349", "Cordless vacuum:249", "Steam mop:129", "Window cleaner:69", "Carpet washer:199"},
            {"cooling", "4", "Tower fan:59", "Portable air conditioner:399", "Dehumidifier:189", "Air purifier:229"},
            {"heating", "5", "Oil radiator:89", "Fan heater:39", "Electric blanket:69", "Smart thermostat:179"},
            {"accessories", "6", "Descaling kit:19", "Water filter cartridges:29", "Vacuum bags (10):15", "Blender jug:35",
                "Spare carafe:25", "Cleaning tablets:12", "Replacement brush roll:22", "Extended warranty card:49"}};
        for (String[] line : lines) {
            String category = line[0];
            for (int i = 2; i < line.length; i++) {
                String[] np = line[i].split(":");
                double price = Double.parseDouble(np[1]);
                String id = "P-" + line[1] + String.format("%03d", i - 1);
                double popularity = category.equals("accessories") ? 0.6 : 1.0 / (1 + (i - 2) * 0.15);
                p.add(new Product(id, np[0], category, price, Math.round(price * (0.45 + 0.02 * (i % 7)) * 100) / 100.0, popularity));
            }
        }
        return List.copyOf(p);
    }

    static Product byId(String id) {
        return ALL.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static final double TOTAL = ALL.stream().mapToDouble(Product::popularity).sum();

    static Product pick(SplittableRandom r) {
        double x = r.nextDouble() * TOTAL;
        for (Product p : ALL) {
            x -= p.popularity();
            if (x < 0) {
                return p;
            }
        }
        return ALL.get(ALL.size() - 1);
    }
}
