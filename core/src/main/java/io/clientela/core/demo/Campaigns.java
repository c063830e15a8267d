package io.clientela.core.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Marketing campaigns: one every two months, channel by turn. */
final class Campaigns {
    private static final String[] CHANNELS = {"email", "social", "paid_search", "affiliate", "direct_mail", "email"};
    private static final String[] THEMES = {"Spring kitchen refresh", "Summer cooling", "Back to school coffee", "Autumn cleaning",
        "Black Friday", "Winter warmth"};

    record Campaign(String id, String name, String channel, double cost, LocalDateTime start, LocalDateTime end) {
    }

    private Campaigns() {
    }

    static List<Campaign> plan(DemoSpec spec) {
        List<Campaign> out = new ArrayList<>();
        for (int m = 1, i = 0; m < spec.months(); m += 2, i++) {
            LocalDateTime start = spec.startDate().plusMonths(m).atTime(8, 0);
            String channel = CHANNELS[i % CHANNELS.length];
            double cost = Math.round((channel.equals("email") ? 0.05 : 0.6) * spec.customers() * (1 + (i % 3) * 0.2));
            out.add(new Campaign(String.format("CMP-%02d", i + 1), THEMES[i % THEMES.length] + " " + start.getYear(), channel, cost, start,
                    start.plusDays(14)));
        }
        return out;
    }

    static void write(Out out, List<Campaign> campaigns) {
        for (Campaign c : campaigns) {
            out.csv(c.id(), c.name(), c.channel(), Out.money(c.cost()), "USD", CustomerWriter.TS.format(c.start()), CustomerWriter.TS.format(c.end()));
        }
    }
}
