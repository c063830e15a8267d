package io.clientela.core.demo;

import java.util.List;

/** Staff of the demo company: account owners (sales reps) and country managers. */
final class People {
    static final List<String> REPS = List.of("Alice Martin", "Bruno Costa", "Chen Jing", "Dóra Kiss", "Ethan Brooks", "Fatima Khan",
            "Gonzalo Ruiz", "Hannah Weber");

    private People() {
    }

    static String rep(int i) {
        return REPS.get(Math.floorMod(i, REPS.size()));
    }

    static String manager(String country) {
        return switch (country) {
            case "US" -> "Ethan Brooks";
            case "GB", "IE" -> "Alice Martin";
            case "DE" -> "Hannah Weber";
            case "ES", "MX" -> "Gonzalo Ruiz";
            case "CN" -> "Chen Jing";
            default -> "Dóra Kiss";
        };
    }

    /** The international (+code) writing of a national phone number. */
    static String international(String country, String national) {
        String digits = national.replaceAll("[^0-9]", "");
        return switch (country) {
            case "US" -> "+1 " + digits.substring(0, 3) + " " + digits.substring(3);
            case "GB" -> "+44 " + digits.substring(1, 5) + " " + digits.substring(5);
            case "IE" -> "+353 " + digits.substring(1);
            case "DE" -> "+49 " + digits.substring(1, 4) + " " + digits.substring(4);
            case "ES" -> "+34 " + digits;
            case "MX" -> "+52 " + digits;
            case "CN" -> "+86 " + digits;
            case "HU" -> "+36 " + digits.substring(2, 4) + " " + digits.substring(4);
            default -> national;
        };
    }
}
