package io.clientela.core.demo;

import java.util.List;
import java.util.SplittableRandom;

/** A market of the demo company: language, currency, cities, names and how phones are written there. */
record Country(String code, String name, double weight, String language, String currency, double perUsd, List<City> cities,
               List<String> femaleNames, List<String> maleNames, List<String> lastNames, String phoneFormat, String emailDomain) {

    record City(String name, String region, double latitude, double longitude) {
    }

    City city(SplittableRandom r) {
        // the first city is the largest: pick it more often
        return r.nextDouble() < 0.35 ? cities.get(0) : cities.get(r.nextInt(cities.size()));
    }

    /**
     * A phone number in this country's national notation: the '#' digits are a scramble of the
     * customer number, so no two customers share one (every format has at least 7 of them).
     */
    String phone(int index) {
        long digits = phoneFormat.chars().filter(ch -> ch == '#').count();
        long modulus = (long) Math.pow(10, digits);
        String n = String.format("%0" + digits + "d", Math.floorMod(index * 7_919L + 1_234_567L, modulus));
        StringBuilder b = new StringBuilder();
        int k = 0;
        for (char ch : phoneFormat.toCharArray()) {
            b.append(ch == '#' ? n.charAt(k++) : ch);
        }
        return b.toString();
    }

    static final List<Country> ALL = List.of(
            new Country("US", "United States", 0.24, "en", "USD", 1.0,
                    List.of(new City("New York", "NY", 40.71, -74.01), new City("Chicago", "IL", 41.88, -87.63),
                            new City("Austin", "TX", 30.27, -97.74), new City("Seattle", "WA", 47.61, -122.33),
                            new City("Miami", "FL", 25.76, -80.19)),
                    List.of("Emily", "Olivia", "Emma", "Sophia", "Ava", "Mia", "Abigail", "Madison"),
                    List.of("James", "Michael", "William", "David", "John", "Daniel", "Matthew", "Andrew"),
                    List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Moore"),
                    "(###) ###-####", "example.com"),
            new Country("GB", "United Kingdom", 0.16, "en", "GBP", 0.79,
                    List.of(new City("London", "England", 51.51, -0.13), new City("Manchester", "England", 53.48, -2.24),
                            new City("Leeds", "England", 53.80, -1.55), new City("Edinburgh", "Scotland", 55.95, -3.19),
                            new City("Cardiff", "Wales", 51.48, -3.18)),
                    List.of("Amelia", "Isla", "Grace", "Freya", "Lily", "Poppy", "Ella", "Harriet"),
                    List.of("Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "Alfie", "Oscar"),
                    List.of("Smith", "Jones", "Taylor", "Brown", "Evans", "Walker", "Wright", "Hughes", "Edwards", "Green"),
                    "07### ######", "example.co.uk"),
            new Country("IE", "Ireland", 0.04, "en", "EUR", 0.92,
                    List.of(new City("Dublin", "Leinster", 53.35, -6.26), new City("Cork", "Munster", 51.90, -8.47),
                            new City("Galway", "Connacht", 53.27, -9.05)),
                    List.of("Aoife", "Saoirse", "Niamh", "Ciara", "Sinead"), List.of("Sean", "Conor", "Cian", "Darragh", "Oisin"),
                    List.of("Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan"),
                    "085 ### ####", "example.ie"),
            new Country("DE", "Germany", 0.14, "en", "EUR", 0.92,
                    List.of(new City("Berlin", "Berlin", 52.52, 13.40), new City("Hamburg", "Hamburg", 53.55, 9.99),
                            new City("München", "Bayern", 48.14, 11.58), new City("Köln", "Nordrhein-Westfalen", 50.94, 6.96),
                            new City("Frankfurt am Main", "Hessen", 50.11, 8.68)),
                    List.of("Anna", "Lena", "Lea", "Hannah", "Laura", "Julia", "Sophie", "Katharina"),
                    List.of("Lukas", "Jonas", "Leon", "Felix", "Maximilian", "Paul", "Jan", "Tobias"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann"),
                    "0151 ########", "example.de"),
            new Country("ES", "Spain", 0.12, "es", "EUR", 0.92,
                    List.of(new City("Madrid", "Comunidad de Madrid", 40.42, -3.70), new City("Barcelona", "Cataluña", 41.39, 2.17),
                            new City("Valencia", "Comunidad Valenciana", 39.47, -0.38), new City("Sevilla", "Andalucía", 37.39, -5.98)),
                    List.of("Lucía", "María", "Paula", "Laura", "Carmen", "Sofía", "Marta"),
                    List.of("Hugo", "Martín", "Pablo", "Alejandro", "Javier", "Diego", "Daniel"),
                    List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"),
                    "6## ### ###", "example.es"),
            new Country("MX", "Mexico", 0.10, "es", "MXN", 17.1,
                    List.of(new City("Ciudad de México", "CDMX", 19.43, -99.13), new City("Guadalajara", "Jalisco", 20.66, -103.35),
                            new City("Monterrey", "Nuevo León", 25.69, -100.32), new City("Puebla", "Puebla", 19.04, -98.21)),
                    List.of("Sofía", "Valentina", "Regina", "Ximena", "Camila", "Fernanda"),
                    List.of("Santiago", "Mateo", "Sebastián", "Leonardo", "Emiliano", "Diego"),
                    List.of("Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez"),
                    "55 #### ####", "example.com.mx"),
            new Country("CN", "China", 0.12, "zh", "CNY", 7.2,
                    List.of(new City("上海", "上海", 31.23, 121.47), new City("北京", "北京", 39.90, 116.41),
                            new City("广州", "广东", 23.13, 113.26), new City("深圳", "广东", 22.54, 114.06),
                            new City("杭州", "浙江", 30.27, 120.16)),
                    List.of("秀英", "桂英", "秀兰", "玉兰", "丽娟", "婷婷", "静"), List.of("伟", "强", "磊", "军", "洋", "勇", "杰", "涛"),
                    List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"),
                    "13# #### ####", "example.cn"),
            new Country("HU", "Hungary", 0.08, "hu", "HUF", 355.0,
                    List.of(new City("Budapest", "Közép-Magyarország", 47.50, 19.04), new City("Debrecen", "Hajdú-Bihar", 47.53, 21.63),
                            new City("Szeged", "Csongrád-Csanád", 46.25, 20.15), new City("Pécs", "Baranya", 46.07, 18.23),
                            new City("Győr", "Győr-Moson-Sopron", 47.69, 17.63)),
                    List.of("Anna", "Hanna", "Zsófia", "Lilla", "Eszter", "Réka", "Katalin"),
                    List.of("Bence", "Máté", "Levente", "Dominik", "Ádám", "Péter", "László"),
                    List.of("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh"),
                    "06 30 ### ####", "example.hu"));

    static Country pick(SplittableRandom r) {
        double x = r.nextDouble();
        for (Country c : ALL) {
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        return ALL.get(0);
    }
}
