package io.clientela.core.demo;

import java.util.SplittableRandom;

/**
 * One customer of Casa Nova: the profile the shop keeps, and the hidden traits that drive their
 * history (how often they buy, for how long, how dear, how satisfied). Drawn from the customer's
 * own random stream, so a customer does not depend on the others, except that phone numbers are
 * handed out in list order within each country (so none repeats).
 */
final class Customer {
    private static final String[] CHANNELS = {"organic", "paid_search", "social", "affiliate", "referral", "store"};
    private static final double[] CHANNEL_WEIGHTS = {0.30, 0.22, 0.14, 0.08, 0.10, 0.16};
    private static final String[] DOMAINS = {"example.com", "example.net", "example.org"};

    final int index;
    final String id;
    final Country country;
    final Country.City city;
    final double latitude;
    final double longitude;
    final boolean female;
    final Names.Name given;
    final Names.Name family;
    final String email;
    final long phoneOrdinal;
    final String phone;
    final long birthDay;
    final String channel;
    final long acquiredAt;
    final boolean consentEmail;
    final boolean consentSms;
    final boolean consentTracking;
    final long updatedAt;
    final String cookie;
    /** Among the top tenth by spending power: buys three times as often, and dearer models. */
    final boolean highValue;
    /** Acquired through an affiliate in the churn cohort's month: stops buying after about three months. */
    final boolean churnCohort;
    final double satisfaction;
    final double ratePerDay;
    final long lastActiveDay;
    final double storeShare;

    Customer(Plan plan, int index, long[] phonesUsed) {
        SplittableRandom r = plan.random(index, 0);
        this.index = index;
        this.id = "S" + pad(index + 1, 7);
        this.country = Country.pick(r);
        this.city = country.city(r);
        this.latitude = city.latitude() + (r.nextDouble() - 0.5) * 0.12;
        this.longitude = city.longitude() + (r.nextDouble() - 0.5) * 0.16;
        this.female = r.nextBoolean();
        this.given = Names.given(country.code(), female, r);
        this.family = Names.family(country.code(), r);
        String local = r.nextDouble() < 0.7 ? given.ascii() + "." + family.ascii() : given.ascii().charAt(0) + family.ascii();
        this.email = local + (index + 1) + "@" + DOMAINS[r.nextInt(DOMAINS.length)];
        boolean hasPhone = r.nextDouble() < 0.85;
        this.phoneOrdinal = hasPhone ? phonesUsed[country.ordinal()]++ : -1;
        this.phone = hasPhone ? country.phones().national(phoneOrdinal) : null;
        double age = Math.max(18, Math.min(88, 43 + 14 * Plan.gaussian(r)));
        this.birthDay = plan.calendar.endDay - (long) (age * 365.25) - r.nextInt(365);
        // three in ten were already customers when the window starts: acquired in the two years before
        boolean existing = r.nextDouble() < 0.3;
        long day = existing ? plan.calendar.startDay - 1 - r.nextInt(730) : plan.acquisitionDay(r);
        boolean inCohort = !existing && plan.inChurnCohortMonth(day);
        this.channel = inCohort && r.nextDouble() < 0.6 ? "affiliate" : pick(CHANNELS, CHANNEL_WEIGHTS, r);
        this.churnCohort = inCohort && channel.equals("affiliate");
        boolean store = channel.equals("store");
        this.acquiredAt = existing ? plan.time(country, day, store, r) : plan.localTime(country, day, store, r);
        this.consentEmail = r.nextDouble() < 0.7;
        this.consentSms = r.nextDouble() < 0.35;
        this.consentTracking = r.nextDouble() < 0.8;
        this.updatedAt = acquiredAt + (long) (r.nextDouble() * r.nextDouble() * Math.min(400 * Fmt.DAY, plan.endSecond - acquiredAt));
        this.cookie = "anon-" + Long.toHexString(r.nextLong() | Long.MIN_VALUE).substring(0, 12);
        this.highValue = r.nextDouble() < 0.10;
        this.satisfaction = Math.max(0.05, Math.min(1, 0.74 + 0.16 * Plan.gaussian(r)));
        double rate = 0.0125 * Plan.gamma(0.8, r) / 0.8;
        this.ratePerDay = highValue ? rate * 3 + 0.012 : rate;
        // lifetimes are exponential, so an existing customer's remaining lifetime at the start is too
        long lifetime = churnCohort ? 75 + r.nextInt(30) : (long) (Plan.exponential(r) * (highValue ? 1500 : 520));
        this.lastActiveDay = Math.min(plan.calendar.endDay, Math.max(day, plan.calendar.startDay) + lifetime);
        this.storeShare = channel.equals("store") ? 0.6 : country.code().equals("CN") ? 0.08 : 0.18;
    }

    /** The first day of the window on which this customer could buy. */
    long firstDay(Plan plan) {
        return Math.max(plan.calendar.startDay, Math.floorDiv(acquiredAt, Fmt.DAY));
    }

    /** The name as the country writes it (family name first in China and Hungary). */
    String name() {
        return Names.full(country.code(), given, family);
    }

    /** A high-value customer in Germany or Great Britain, whose satisfaction falls over the last six months. */
    boolean declining() {
        return highValue && (country.code().equals("DE") || country.code().equals("GB"));
    }

    /** Satisfaction (0-1) on a day: the declining group loses up to 0.5 over the last six months. */
    double satisfactionOn(long epochDay, Plan plan) {
        if (!declining() || epochDay <= plan.declineStartDay) {
            return satisfaction;
        }
        double progress = Math.min(1, (epochDay - plan.declineStartDay) / (double) (plan.calendar.endDay - plan.declineStartDay));
        return Math.max(0, satisfaction - 0.5 * progress);
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

    static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
