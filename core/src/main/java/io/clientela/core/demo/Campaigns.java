package io.clientela.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Marketing campaigns, one starting about every two months with the channel taking turns, plus the
 * affiliate push that brought in the churn cohort. Targeted campaigns (e-mail, SMS, direct mail)
 * list whom they reached among customers who consented, who responded and who bought.
 */
final class Campaigns {
    private static final String[] CHANNELS = {"email", "social", "sms", "paid_search", "direct_mail", "email"};
    /** By two-month season: January-February, March-April, ... November-December. */
    private static final String[] THEMES = {"Winter warmth", "Spring cleaning", "Summer cooling", "Summer kitchen", "Back to coffee",
        "Black Friday"};
    private final List<Campaign> all;
    private final Plan plan;
    private final Out contacts;

    /** One campaign; budgets are in US dollars. */
    record Campaign(String id, String name, String channel, double budget, long start, long end) {
        boolean targeted() {
            return channel.equals("email") || channel.equals("sms") || channel.equals("direct_mail");
        }
    }

    Campaigns(Plan plan, Out contacts) {
        this.plan = plan;
        this.contacts = contacts;
        List<Campaign> list = new ArrayList<>();
        SplittableRandom r = plan.random(-1, 7);
        LocalDate first = plan.spec.startDate().withDayOfMonth(1).plusMonths(1);
        for (int i = 0; !first.plusMonths(2L * i).isAfter(plan.spec.endDate().minusDays(14)); i++) {
            LocalDate start = first.plusMonths(2L * i).plusDays(r.nextInt(10));
            String channel = CHANNELS[i % CHANNELS.length];
            String theme = THEMES[(start.getMonthValue() - 1) / 2];
            double perCustomer = channel.equals("email") || channel.equals("sms") ? 0.05 : 0.6;
            double budget = Math.round(perCustomer * plan.spec.customers() * (0.8 + 0.4 * r.nextDouble()));
            list.add(new Campaign("CMP-" + Customer.pad(list.size() + 1, 3), theme + " " + start.getYear(), channel, Math.max(500, budget),
                    start.toEpochDay() * Fmt.DAY + 8 * 3600, start.plusDays(14).toEpochDay() * Fmt.DAY + 23 * 3600));
        }
        LocalDate push = plan.churnMonth;
        list.add(new Campaign("CMP-" + Customer.pad(list.size() + 1, 3), "Partner deals " + push, "affiliate",
                Math.max(2000, Math.round(1.2 * plan.spec.customers())), Math.max(plan.startSecond, push.toEpochDay() * Fmt.DAY),
                Math.min(plan.endSecond, push.plusMonths(1).toEpochDay() * Fmt.DAY - 1)));
        this.all = List.copyOf(list);
    }

    void writeCampaigns(Out out) {
        for (Campaign k : all) {
            out.cell(k.id()).cell(k.name()).cell(k.channel()).money(k.budget()).cell("USD").timestamp(k.start()).timestamp(k.end()).end();
        }
    }

    /** Whom of the targeted campaigns reached this customer, and what came of it. */
    void writeContacts(Customer c, SplittableRandom r) {
        for (Campaign k : all) {
            if (!k.targeted() || k.start() < c.acquiredAt || k.start() / Fmt.DAY > c.lastActiveDay + 90 || r.nextDouble() >= 0.5
                    || k.channel().equals("email") && !c.consentEmail || k.channel().equals("sms") && !c.consentSms) {
                continue;
            }
            long at = k.start() + r.nextInt(3 * 24 * 3600);
            boolean responded = r.nextDouble() < (k.channel().equals("direct_mail") ? 0.04 : 0.09);
            boolean converted = responded && r.nextDouble() < 0.35;
            long respondedAt = Math.min(plan.endSecond, at + 600 + r.nextInt(3 * 24 * 3600));
            contacts.cell(k.id()).cell(c.id).timestamp(at).cell(responded);
            if (responded) {
                contacts.timestamp(respondedAt);
            } else {
                contacts.cell((String) null);
            }
            contacts.cell(converted);
            if (converted) {
                contacts.money(c.country.pricePoint(30 + 250 * r.nextDouble()));
            } else {
                contacts.cell((String) null);
            }
            contacts.end();
        }
    }
}
