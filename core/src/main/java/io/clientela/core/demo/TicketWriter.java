package io.clientela.core.demo;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes help-desk tickets, which know the customer only by e-mail (sometimes typed in capitals or
 * with blanks): "where is my order" for most late deliveries, returns and defects after returned
 * lines, and a trickle of the other categories. Costs are in US dollars, the help desk's currency.
 */
final class TicketWriter {
    private static final String[] CATEGORIES = {"delivery", "defect", "billing", "installation", "account"};
    private static final double[] WEIGHTS = {0.20, 0.30, 0.15, 0.20, 0.15};
    private final Plan plan;
    private final Out out;
    private long next = 100_001;

    /** A ticket as the survey that may follow it needs it; {@code closedAt} is -1 while open. */
    record Ticket(String id, String category, long closedAt, boolean late) {
    }

    TicketWriter(Plan plan, Out out) {
        this.plan = plan;
        this.out = out;
    }

    /** The ticket this order leads to, if any, or null. */
    Ticket write(Customer c, Order o, SplittableRandom r) {
        String category;
        long opened;
        if (o.late() && r.nextDouble() < 0.35) {
            category = "delivery";
            opened = o.at() + (4 + r.nextInt(6)) * Fmt.DAY + r.nextInt(36_000);
        } else if (o.returned() && r.nextDouble() < 0.5) {
            category = r.nextDouble() < 0.55 ? "returns" : "defect";
            opened = o.at() + (3 + r.nextInt(25)) * Fmt.DAY + r.nextInt(36_000);
        } else if (o.cancelled() && r.nextDouble() < 0.15 || !o.cancelled() && r.nextDouble() < 0.03) {
            category = o.cancelled() ? "billing" : Customer.pick(CATEGORIES, WEIGHTS, r);
            opened = o.at() + (1 + r.nextInt(40)) * Fmt.DAY + r.nextInt(36_000);
        } else {
            return null;
        }
        if (opened > plan.endSecond) {
            return null;
        }
        long closed = opened + 7_200 + (long) (r.nextDouble() * (category.equals("delivery") ? 4 : 9) * Fmt.DAY);
        boolean open = closed > plan.endSecond;
        double s = c.satisfactionOn(Math.floorDiv(opened, Fmt.DAY), plan) - (o.late() ? 0.3 : 0);
        Catalog.Product product = o.items().get(0);
        boolean warranty = category.equals("defect") && product.priceUsd() >= 40;
        String id = Long.toString(next++);
        out.cell(id).cell(email(c, r)).timestamp(opened);
        if (open) {
            out.cell((String) null);
        } else {
            out.timestamp(closed);
        }
        out.cell(category).cell(o.store() && r.nextDouble() < 0.4 ? "store" : pick(r)).cell(priority(c, category, r)).cell(warranty)
                .money(cost(category, warranty, r)).cell(open ? null : outcome(category, r));
        if (open || r.nextDouble() < 0.3) {
            out.cell((String) null);
        } else {
            out.cell(Math.max(1, Math.min(5, Math.round(1 + 4 * s + 0.7 * Plan.gaussian(r)))));
        }
        out.end();
        return new Ticket(id, category, open ? -1 : closed, o.late());
    }

    private static String email(Customer c, SplittableRandom r) {
        double x = r.nextDouble();
        return x < 0.08 ? c.email.toUpperCase(Locale.ROOT) : x < 0.12 ? " " + c.email + " " : c.email;
    }

    private static String pick(SplittableRandom r) {
        double x = r.nextDouble();
        return x < 0.45 ? "email" : x < 0.72 ? "phone" : "chat";
    }

    private static String priority(Customer c, String category, SplittableRandom r) {
        double x = r.nextDouble();
        if (x < (category.equals("defect") ? 0.1 : 0.04)) {
            return "urgent";
        }
        return x < (c.highValue ? 0.45 : 0.18) ? "high" : x < 0.4 ? "normal" : x < 0.6 ? "low" : "normal";
    }

    private static double cost(String category, boolean warranty, SplittableRandom r) {
        return switch (category) {
            case "delivery" -> 5 + 10 * r.nextDouble();
            case "defect" -> warranty ? 20 + 130 * r.nextDouble() : 5 + 10 * r.nextDouble();
            case "returns" -> 8 + 12 * r.nextDouble();
            case "installation" -> r.nextDouble() < 0.4 ? 40 + 50 * r.nextDouble() : 3 + 4 * r.nextDouble();
            default -> 2 + 4 * r.nextDouble();
        };
    }

    private static String outcome(String category, SplittableRandom r) {
        String[] options = switch (category) {
            case "delivery" -> new String[] {"delivered", "reshipped", "refunded"};
            case "defect" -> new String[] {"repaired", "replaced", "refunded"};
            case "returns" -> new String[] {"refunded", "exchanged"};
            case "billing" -> new String[] {"corrected", "refunded"};
            case "installation" -> new String[] {"technician_visit", "solved_by_phone"};
            default -> new String[] {"solved"};
        };
        return options[r.nextInt(options.length)];
    }
}
