package io.clientela.core.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes survey answers: a monthly relationship NPS pulse (high-value customers answer more often),
 * a post-purchase CSAT after some orders, and a support CES after some tickets, each with attribute
 * ratings and, often, a comment in the customer's language whose tone agrees with the score. A late
 * delivery in the last month drags the scores down and becomes the comment's topic.
 */
final class SurveyWriter {
    private static final String[] TOPICS = {"late_delivery", "delivery", "quality", "price", "support", "billing"};
    private static final double[] WEIGHTS = {0.04, 0.12, 0.34, 0.25, 0.15, 0.10};
    private final Plan plan;
    private final Out out;
    private final Sprinkle sprinkle;

    SurveyWriter(Plan plan, Out out, Sprinkle sprinkle) {
        this.plan = plan;
        this.out = out;
        this.sprinkle = sprinkle;
    }

    void relationship(Customer c, List<Order> orders, SplittableRandom r) {
        long from = c.firstDay(plan);
        long until = Math.min(plan.calendar.endDay, c.lastActiveDay + 45);
        java.time.LocalDate wave = plan.spec.startDate().withDayOfMonth(1);
        for (int n = 0; !wave.isAfter(plan.spec.endDate()); wave = wave.plusMonths(1)) {
            long day = wave.toEpochDay() + 2 + r.nextInt(24);
            if (day < from || day > until || r.nextDouble() >= (c.highValue ? 0.25 : 0.06)) {
                continue;
            }
            long at = plan.localTime(c.country, day, false, r);
            boolean recentLate = orders.stream().anyMatch(o -> o.late() && o.at() <= at && at - o.at() < 30 * Fmt.DAY);
            double s = c.satisfactionOn(day, plan) - (recentLate ? 0.4 : 0) + 0.08 * Plan.gaussian(r);
            int nps = (int) Math.max(0, Math.min(10, Math.round(10 * s + Plan.gaussian(r))));
            String id = "NPS-" + Customer.pad(c.index + 1, 7) + "-" + (++n);
            Texts.Tone tone = nps >= 9 ? Texts.Tone.HAPPY : nps >= 7 ? Texts.Tone.MIXED : Texts.Tone.UNHAPPY;
            String topic = recentLate && r.nextDouble() < 0.85 ? "late_delivery" : Customer.pick(TOPICS, WEIGHTS, r);
            if (sprinkle.npsOutOfRange(c.index, id)) {
                nps = 11;
            }
            Json j = start(id, c, at, "relationship", "overall", "email", null).num("nps", nps);
            ratings(j, s, topic, tone, r);
            finish(j, c, tone, topic, 0.6, r);
        }
    }

    void postPurchase(Customer c, Order o, SplittableRandom r) {
        if (o.cancelled() || r.nextDouble() >= 0.12) {
            return;
        }
        long at = o.at() + (o.late() ? 8 + r.nextInt(5) : 3 + r.nextInt(6)) * Fmt.DAY + r.nextInt(20_000);
        if (at > plan.endSecond) {
            return;
        }
        double s = c.satisfactionOn(Math.floorDiv(at, Fmt.DAY), plan) - (o.late() ? 0.55 : 0) + 0.08 * Plan.gaussian(r);
        int csat = (int) Math.max(1, Math.min(5, Math.round(1 + 4 * s + 0.5 * Plan.gaussian(r))));
        Texts.Tone tone = csat >= 4 ? Texts.Tone.HAPPY : csat == 3 ? Texts.Tone.MIXED : Texts.Tone.UNHAPPY;
        String topic = o.late() ? "late_delivery" : Customer.pick(TOPICS, WEIGHTS, r);
        Json j = start("CSAT-" + o.id().substring(1), c, at, "post_purchase", o.store() ? "store" : "delivery",
                o.channel().equals("app") ? "app" : "email", o.items().get(0).sku()).num("csat", csat);
        ratings(j, s, topic, tone, r);
        finish(j, c, tone, topic, 0.55, r);
    }

    void support(Customer c, TicketWriter.Ticket t, SplittableRandom r) {
        if (t == null || t.closedAt() < 0 || r.nextDouble() >= 0.4) {
            return;
        }
        long at = t.closedAt() + 3_600 + r.nextInt(80_000);
        if (at > plan.endSecond) {
            return;
        }
        double s = c.satisfactionOn(Math.floorDiv(at, Fmt.DAY), plan) - (t.late() ? 0.3 : 0) + 0.1 * Plan.gaussian(r);
        int ces = (int) Math.max(1, Math.min(7, Math.round(1 + 6 * s + 0.8 * Plan.gaussian(r))));
        Texts.Tone tone = ces >= 6 ? Texts.Tone.HAPPY : ces >= 4 ? Texts.Tone.MIXED : Texts.Tone.UNHAPPY;
        String topic = switch (t.category()) {
            case "delivery" -> t.late() ? "late_delivery" : "delivery";
            case "defect", "returns" -> "quality";
            case "billing" -> "billing";
            default -> "support";
        };
        Json j = start("CES-" + t.id(), c, at, "support", "support", "email", null).num("ces", ces);
        j.object("ratings").num("support", rating(s, false, r)).num("speed", rating(s, false, r)).close();
        finish(j, c, tone, topic, 0.4, r);
    }

    private Json start(String id, Customer c, long at, String survey, String touchpoint, String channel, String product) {
        return out.object().str("response_id", id).str("email", c.email).timestamp("submitted", at).str("survey", survey)
                .str("touchpoint", touchpoint).str("channel", channel).str("product", product);
    }

    private static void ratings(Json j, double s, String topic, Texts.Tone tone, SplittableRandom r) {
        boolean unhappy = tone == Texts.Tone.UNHAPPY;
        j.object("ratings").num("delivery", rating(s, unhappy && topic.endsWith("delivery"), r))
                .num("price", rating(s, unhappy && topic.equals("price"), r)).num("quality", rating(s, unhappy && topic.equals("quality"), r))
                .num("support", rating(s, unhappy && topic.equals("support"), r)).close();
    }

    private void finish(Json j, Customer c, Texts.Tone tone, String topic, double commentShare, SplittableRandom r) {
        if (r.nextDouble() < commentShare) {
            j.str("comment", Texts.write(c.country.language(), tone, topic, r));
        }
        j.str("lang", c.country.language());
        out.end();
    }

    private static int rating(double s, boolean complained, SplittableRandom r) {
        return (int) Math.max(1, Math.min(5, Math.round(1 + 4 * s + 0.6 * Plan.gaussian(r) - (complained ? 1.5 : 0))));
    }
}
