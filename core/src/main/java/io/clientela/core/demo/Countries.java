package io.clientela.core.demo;

import java.util.List;

/** The eight markets of the demo company, with the cities where Casa Nova has a store. */
final class Countries {
    private Countries() {
    }

    private static Country.City c(String name, String region, double lat, double lon, double share) {
        return new Country.City(name, region, lat, lon, share);
    }

    static final List<Country> ALL = List.of(
            new Country("US", "United States", 0.24, "en", "USD", 1.0, -5, true,
                    new Phones("(555) ###-####", "+1 555 ### ####", 2_000_000),
                    List.of(c("New York", "NY", 40.7128, -74.0060, 8), c("Los Angeles", "CA", 34.0522, -118.2437, 6),
                            c("Chicago", "IL", 41.8781, -87.6298, 4), c("Houston", "TX", 29.7604, -95.3698, 3),
                            c("Phoenix", "AZ", 33.4484, -112.0740, 2), c("Seattle", "WA", 47.6062, -122.3321, 2),
                            c("Miami", "FL", 25.7617, -80.1918, 2), c("Boston", "MA", 42.3601, -71.0589, 2),
                            c("Denver", "CO", 39.7392, -104.9903, 1.5), c("Atlanta", "GA", 33.7490, -84.3880, 1.5))),
            new Country("GB", "United Kingdom", 0.16, "en", "GBP", 0.79, 0, true,
                    new Phones("07700 ######", "+44 7700 ######", 1_000_000),
                    List.of(c("London", "England", 51.5074, -0.1278, 9), c("Birmingham", "England", 52.4862, -1.8904, 3),
                            c("Manchester", "England", 53.4808, -2.2426, 3), c("Leeds", "England", 53.8008, -1.5491, 2),
                            c("Glasgow", "Scotland", 55.8642, -4.2518, 2), c("Edinburgh", "Scotland", 55.9533, -3.1883, 1.5),
                            c("Bristol", "England", 51.4545, -2.5879, 1.5), c("Cardiff", "Wales", 51.4816, -3.1791, 1),
                            c("Belfast", "Northern Ireland", 54.5973, -5.9301, 1))),
            new Country("IE", "Ireland", 0.04, "en", "EUR", 0.92, 0, true,
                    new Phones("085 ### ####", "+353 85 ### ####", 10_000_000),
                    List.of(c("Dublin", "Leinster", 53.3498, -6.2603, 6), c("Cork", "Munster", 51.8985, -8.4756, 2),
                            c("Galway", "Connacht", 53.2707, -9.0568, 1), c("Limerick", "Munster", 52.6638, -8.6267, 1),
                            c("Waterford", "Munster", 52.2593, -7.1101, 0.5))),
            new Country("DE", "Germany", 0.14, "en", "EUR", 0.92, 1, false,
                    new Phones("0151 ########", "+49 151 ########", 100_000_000),
                    List.of(c("Berlin", "Berlin", 52.5200, 13.4050, 5), c("Hamburg", "Hamburg", 53.5511, 9.9937, 3),
                            c("München", "Bayern", 48.1351, 11.5820, 3), c("Köln", "Nordrhein-Westfalen", 50.9375, 6.9603, 2),
                            c("Frankfurt am Main", "Hessen", 50.1109, 8.6821, 2), c("Stuttgart", "Baden-Württemberg", 48.7758, 9.1829, 1.5),
                            c("Düsseldorf", "Nordrhein-Westfalen", 51.2277, 6.7735, 1.5), c("Leipzig", "Sachsen", 51.3397, 12.3731, 1))),
            new Country("ES", "Spain", 0.12, "es", "EUR", 0.92, 1, true,
                    new Phones("6## ### ###", "+34 6## ### ###", 100_000_000),
                    List.of(c("Madrid", "Comunidad de Madrid", 40.4168, -3.7038, 6), c("Barcelona", "Cataluña", 41.3874, 2.1686, 5),
                            c("Valencia", "Comunidad Valenciana", 39.4699, -0.3763, 2), c("Sevilla", "Andalucía", 37.3891, -5.9845, 2),
                            c("Zaragoza", "Aragón", 41.6488, -0.8891, 1), c("Málaga", "Andalucía", 36.7213, -4.4214, 1),
                            c("Bilbao", "País Vasco", 43.2630, -2.9350, 1))),
            new Country("MX", "Mexico", 0.10, "es", "MXN", 17.1, -6, true,
                    new Phones("55 #### ####", "+52 55 #### ####", 100_000_000),
                    List.of(c("Ciudad de México", "CDMX", 19.4326, -99.1332, 8), c("Guadalajara", "Jalisco", 20.6597, -103.3496, 3),
                            c("Monterrey", "Nuevo León", 25.6866, -100.3161, 3), c("Puebla", "Puebla", 19.0414, -98.2063, 1.5),
                            c("Tijuana", "Baja California", 32.5149, -117.0382, 1), c("Mérida", "Yucatán", 20.9674, -89.5926, 1),
                            c("Querétaro", "Querétaro", 20.5888, -100.3899, 1))),
            new Country("CN", "China", 0.12, "zh", "CNY", 7.2, 8, true,
                    new Phones("13# #### ####", "+86 13# #### ####", 1_000_000_000),
                    List.of(c("上海", "上海", 31.2304, 121.4737, 5), c("北京", "北京", 39.9042, 116.4074, 5),
                            c("广州", "广东", 23.1291, 113.2644, 3), c("深圳", "广东", 22.5431, 114.0579, 3),
                            c("杭州", "浙江", 30.2741, 120.1551, 2), c("成都", "四川", 30.5728, 104.0668, 2),
                            c("武汉", "湖北", 30.5928, 114.3055, 1.5), c("南京", "江苏", 32.0603, 118.7969, 1.5))),
            new Country("HU", "Hungary", 0.08, "hu", "HUF", 355.0, 1, true,
                    new Phones("06 30 ### ####", "+36 30 ### ####", 10_000_000),
                    List.of(c("Budapest", "Budapest", 47.4979, 19.0402, 8), c("Debrecen", "Hajdú-Bihar", 47.5316, 21.6273, 1.5),
                            c("Szeged", "Csongrád-Csanád", 46.2530, 20.1414, 1.2), c("Miskolc", "Borsod-Abaúj-Zemplén", 48.1035, 20.7784, 1),
                            c("Pécs", "Baranya", 46.0727, 18.2323, 1), c("Győr", "Győr-Moson-Sopron", 47.6875, 17.6504, 1))));

    static Country byCode(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo country " + code));
    }
}
