package io.clientela.core.demo;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/** B2B deals of business accounts, and the sales activities around them. */
final class Opportunities {
    private static final String[] STAGES = {"prospecting", "qualification", "proposal", "negotiation"};
    private static final String[] ACTIVITIES = {"call", "email", "meeting", "demo", "visit"};

    private Opportunities() {
    }

    static void write(DemoFiles files, String account, CustomerLife c, String owner, SplittableRandom r, DemoSpec spec) {
        int deals = 1 + r.nextInt(3);
        LocalDateTime end = spec.endDate().atTime(23, 59);
        for (int d = 1; d <= deals; d++) {
            LocalDateTime created = c.acquiredAt.plusDays(r.nextInt(500));
            if (created.isAfter(end)) {
                continue;
            }
            String id = account.replace("CRM", "OPP") + "-" + d;
            double amount = (2000 + r.nextDouble() * 48000) * c.country.perUsd();
            LocalDateTime closeAt = created.plusDays(20 + r.nextInt(100));
            boolean closed = closeAt.isBefore(end);
            boolean won = closed && r.nextDouble() < 0.35;
            String stage = closed ? (won ? "closed_won" : "closed_lost") : STAGES[r.nextInt(STAGES.length)];
            files.get("opportunities.csv").csv(id, account, "Office kitchen " + c.city.name() + " #" + d, stage, Out.money(amount),
                    c.country.currency(), owner, CustomerWriter.TS.format(created), closeAt.toLocalDate(),
                    closed ? CustomerWriter.TS.format(closeAt) : null, closed ? (won ? "won" : "lost") : "open");
            int activities = 1 + r.nextInt(5);
            for (int a = 1; a <= activities; a++) {
                LocalDateTime at = created.plusDays(r.nextInt(20) + a * 3L);
                if (at.isAfter(end)) {
                    break;
                }
                String type = ACTIVITIES[r.nextInt(ACTIVITIES.length)];
                files.get("activities.csv").csv(id + "-A" + a, id, account, type, r.nextDouble() < 0.6 ? "positive" : "no answer",
                        CustomerWriter.TS.format(at), owner);
            }
        }
    }
}
