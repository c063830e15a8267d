package io.clientela.core.demo;

import java.util.SplittableRandom;

/**
 * Writes the B2B deals of small-business accounts (opportunities through the stages prospecting,
 * qualification, proposal, negotiation to won or lost) and the sales activities around them.
 */
final class B2bWriter {
    private static final String[] OPEN_STAGES = {"prospecting", "qualification", "proposal", "negotiation"};
    private static final String[] ACTIVITIES = {"call", "email", "meeting", "demo", "visit"};
    private static final String[] DEALS = {"Office coffee station", "Break room refit", "Staff kitchen appliances", "Café equipment",
        "Guest room kettles and irons", "Cleaning fleet renewal"};
    private final Plan plan;
    private final Out opportunities;
    private final Out activities;
    private long nextDeal = 1;
    private long nextActivity = 1;

    B2bWriter(Plan plan, Out opportunities, Out activities) {
        this.plan = plan;
        this.opportunities = opportunities;
        this.activities = activities;
    }

    void write(String account, Customer c, String company, String owner, SplittableRandom r) {
        for (int deals = 1 + r.nextInt(3); deals > 0; deals--) {
            long since = Math.max(plan.startSecond, c.acquiredAt);
            long created = since + (long) (r.nextDouble() * (plan.endSecond - since));
            long expected = Math.floorDiv(created, Fmt.DAY) + 20 + r.nextInt(100);
            long closeAt = created + (long) ((15 + r.nextDouble() * 110) * Fmt.DAY);
            boolean closed = closeAt <= plan.endSecond;
            boolean won = closed && r.nextDouble() < 0.38;
            String id = "OPP-" + Customer.pad(nextDeal++, 6);
            String stage = !closed ? OPEN_STAGES[r.nextInt(OPEN_STAGES.length)] : won ? "closed_won" : "closed_lost";
            double amount = c.country.pricePoint((1_500 + r.nextDouble() * r.nextDouble() * 60_000));
            opportunities.cell(id).cell(account).cell(DEALS[r.nextInt(DEALS.length)] + " – " + company).cell(stage).money(amount)
                    .cell(c.country.currency()).cell(owner).timestamp(created).date(expected);
            if (closed) {
                opportunities.timestamp(closeAt);
            } else {
                opportunities.cell((String) null);
            }
            opportunities.cell(!closed ? "open" : won ? "won" : "lost").end();
            long until = Math.min(plan.endSecond, closed ? closeAt : plan.endSecond);
            long t = created;
            for (int n = 1 + r.nextInt(6); n > 0; n--) {
                t += (long) ((1 + r.nextDouble() * 12) * Fmt.DAY);
                if (t > until) {
                    break;
                }
                String type = ACTIVITIES[r.nextInt(ACTIVITIES.length)];
                activities.cell("ACT-" + Customer.pad(nextActivity++, 7)).cell(id).cell(account).cell(type)
                        .cell(outcome(type, r)).timestamp(t).cell(owner).end();
            }
        }
    }

    private static String outcome(String type, SplittableRandom r) {
        double x = r.nextDouble();
        return switch (type) {
            case "call" -> x < 0.55 ? "reached" : x < 0.85 ? "no_answer" : "call_back";
            case "email" -> x < 0.5 ? "replied" : "no_reply";
            default -> x < 0.6 ? "positive" : x < 0.85 ? "neutral" : "negative";
        };
    }
}
