package io.clientela.core.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Casa Nova's small B2B sales team (account owners in the CRM), the country managers who own the
 * sales targets, and the names of the businesses the team sells to.
 */
final class Staff {
    private Staff() {
    }

    /** The sales reps who own accounts in a country. */
    static List<String> reps(String country) {
        return switch (country) {
            case "US" -> List.of("Ethan Brooks", "Megan Turner");
            case "GB", "IE" -> List.of("Alice Martin", "Conor Walsh");
            case "DE" -> List.of("Hannah Weber", "Jonas Richter");
            case "ES" -> List.of("Gonzalo Ruiz");
            case "MX" -> List.of("Lucía Ramírez");
            case "CN" -> List.of("陈静");
            default -> List.of("Kiss Dóra");
        };
    }

    static String rep(String country, SplittableRandom r) {
        List<String> reps = reps(country);
        return reps.get(r.nextInt(reps.size()));
    }

    /** The country manager, who owns the country's monthly sales target. */
    static String manager(String country) {
        return switch (country) {
            case "US" -> "Rachel Kim";
            case "GB" -> "Oliver Grant";
            case "IE" -> "Siobhán Byrne";
            case "DE" -> "Katrin Vogel";
            case "ES" -> "Elena Navarro";
            case "MX" -> "Jorge Castillo";
            case "CN" -> "王芳";
            default -> "Szabó Gergely";
        };
    }

    /** A small business run by {@code family}, named as businesses are named in the country. */
    static String company(Country c, Names.Name family, SplittableRandom r) {
        String f = family.written();
        String[] kinds = switch (c.code()) {
            case "DE" -> new String[] {"Zahnarztpraxis " + f, "Café " + f + " GmbH", f + " Architekten GmbH", "Bäckerei " + f,
                "Hotel " + f + " GmbH & Co. KG", "Kanzlei " + f};
            case "ES" -> new String[] {"Clínica Dental " + f + " S.L.", "Cafetería " + f + " S.L.", "Hotel " + f + " S.A.",
                "Asesoría " + f + " S.L.", "Panadería " + f};
            case "MX" -> new String[] {"Restaurante " + f + " S.A. de C.V.", "Cafetería " + f, "Hotel " + f + " S.A. de C.V.",
                "Consultorio Dental " + f, "Despacho " + f + " y Asociados"};
            case "CN" -> new String[] {c.cities().get(0).name() + f + "氏餐饮有限公司", f + "记咖啡馆",
                c.cities().get(0).name() + f + "氏酒店管理有限公司", f + "氏科技有限公司"};
            case "HU" -> new String[] {f + " és Társa Kft.", f + " Kávézó Kft.", f + " Fogászat Bt.", f + " Építész Iroda Kft."};
            case "US" -> new String[] {f + " Dental LLC", f + " Coffee Co.", f + " & Sons, Inc.", f + " Property Management LLC",
                f + " Family Dentistry"};
            default -> new String[] {f + " & Co Ltd", f + " Dental Practice", "The " + f + " Café Ltd", f + ", Hughes & Partners",
                f + " Lettings Ltd"};
        };
        return kinds[r.nextInt(kinds.length)];
    }
}
