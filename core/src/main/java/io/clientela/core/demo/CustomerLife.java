package io.clientela.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One customer's whole history, drawn from its own random stream (seed and customer number), so
 * customers are independent of one another and of the order they are written in. Purchases follow
 * a Poisson process with a gamma-distributed rate and an exponential lifetime (the BG/NBD story),
 * seasonally thinned (December peak).
 */
final class CustomerLife {
    private static final String[] CHANNELS = {"organic", "paid_search", "social", "affiliate", "referral", "store"};
    private static final double[] CHANNEL_WEIGHTS = {0.30, 0.20, 0.15, 0.10, 0.10, 0.15};

    final int index;
    final String id;
    final Country country;
    final Country.City city;
    final String firstName;
    final String lastName;
    final String email;
    final String phone;
    final String gender;
    final LocalDateTime acquiredAt;
    final String channel;
    final boolean vip;
    final boolean churnCohort;
    final double baseSatisfaction;
    final double ratePerDay;
    final double spend;
    final LocalDate lastActive;
    final boolean consentEmail;
    private final DemoSpec spec;

    CustomerLife(DemoSpec spec, int index) {
        this.spec = spec;
        this.index = index;
        SplittableRandom r = random(spec, index, 0);
        this.id = String.format("S%07d", index + 1);
        this.country = Country.pick(r);
        this.city = country.city(r);
        this.gender = r.nextBoolean() ? "female" : "male";
        List<String> names = gender.equals("female") ? country.femaleNames() : country.maleNames();
        this.firstName = names.get(r.nextInt(names.size()));
        this.lastName = country.lastNames().get(r.nextInt(country.lastNames().size()));
        this.email = ascii(firstName) + "." + ascii(lastName) + "." + (index + 1) + "@" + country.emailDomain();
        this.phone = country.phone(index);
        long days = ChronoUnit.DAYS.between(spec.startDate(), spec.endDate());
        LocalDate acquired = spec.startDate().plusDays((long) (days * Math.sqrt(r.nextDouble())));
        this.acquiredAt = acquired.atTime(8 + r.nextInt(14), r.nextInt(60), r.nextInt(60));
        LocalDate cohortMonth = spec.endDate().minusMonths(18).withDayOfMonth(1);
        boolean inCohortMonth = !acquired.isBefore(cohortMonth) && acquired.isBefore(cohortMonth.plusMonths(1));
        this.channel = inCohortMonth && r.nextDouble() < 0.6 ? "affiliate" : pick(CHANNELS, CHANNEL_WEIGHTS, r);
        this.churnCohort = inCohortMonth && channel.equals("affiliate");
        this.vip = (country.code().equals("DE") || country.code().equals("GB")) && r.nextDouble() < 0.12;
        this.baseSatisfaction = Math.min(1, Math.max(0, 0.72 + 0.18 * r.nextGaussian()));
        double rate = 0.0137 * gamma(0.8, r) / 0.8;
        this.ratePerDay = vip ? rate * 3 + 0.01 : rate;
        this.spend = Math.exp(0.5 * r.nextGaussian()) * (vip ? 2.2 : 1.0);
        long lifetime = churnCohort ? 80 + r.nextInt(30) : (long) (-Math.log(1 - r.nextDouble()) * 700);
        LocalDate end = acquired.plusDays(lifetime);
        this.lastActive = end.isAfter(spec.endDate()) ? spec.endDate() : end;
        this.consentEmail = r.nextDouble() < 0.7;
    }

    static SplittableRandom random(DemoSpec spec, int index, int stream) {
        return new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + index * 31L + stream);
    }

    /** Satisfaction on a 0..1 scale at a time: VIPs in DE/GB lose it over the last six months. */
    double satisfactionAt(LocalDateTime t) {
        double s = baseSatisfaction;
        LocalDateTime sixMonthsBefore = spec.endDate().minusMonths(6).atStartOfDay();
        if (vip && t.isAfter(sixMonthsBefore)) {
            double progress = ChronoUnit.DAYS.between(sixMonthsBefore, t) / 183.0;
            s -= 0.45 * Math.min(1, progress);
        }
        return Math.max(0, Math.min(1, s));
    }

    /** The purchase times, oldest first. */
    List<LocalDateTime> purchases() {
        SplittableRandom r = random(spec, index, 1);
        List<LocalDateTime> out = new ArrayList<>();
        out.add(acquiredAt);
        double max = ratePerDay * 1.6;
        LocalDateTime t = acquiredAt;
        LocalDateTime end = lastActive.atTime(23, 59);
        while (true) {
            double gapDays = -Math.log(1 - r.nextDouble()) / max;
            t = t.plusMinutes((long) (gapDays * 24 * 60));
            if (t.isAfter(end)) {
                return out;
            }
            if (r.nextDouble() < season(t) / 1.6) {
                out.add(t.withHour(8 + r.nextInt(14)));
            }
        }
    }

    private static double season(LocalDateTime t) {
        return switch (t.getMonthValue()) {
            case 12 -> 1.6;
            case 11 -> 1.25;
            case 1, 2 -> 0.8;
            default -> 1.0;
        };
    }

    private static double gamma(double shape, SplittableRandom r) {
        // Marsaglia and Tsang (2000), with the shape < 1 boost
        if (shape < 1) {
            return gamma(shape + 1, r) * Math.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(r.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static String pick(String[] values, double[] weights, SplittableRandom r) {
        double x = r.nextDouble();
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String ascii(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
        return n.isEmpty() ? "kehu" : n;
    }
}
