package io.clientela.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes one customer's records into every file: profile, CRM record, orders, events, tickets, feedback. */
final class CustomerWriter {
    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String[] TICKET_CATEGORIES = {"delivery", "defect", "billing", "returns", "installation", "account"};
    private static final double[] TICKET_WEIGHTS = {0.30, 0.25, 0.10, 0.15, 0.12, 0.08};
    private final DemoSpec spec;
    private final DemoFiles files;
    private final List<Campaigns.Campaign> campaigns;
    private final LocalDateTime lastMonth;
    int badRows;
    private int tickets;

    CustomerWriter(DemoSpec spec, DemoFiles files, List<Campaigns.Campaign> campaigns) {
        this.spec = spec;
        this.files = files;
        this.campaigns = campaigns;
        this.lastMonth = spec.endDate().minusDays(30).atStartOfDay();
    }

    void write(CustomerLife c) {
        tickets = 0;
        SplittableRandom r = CustomerLife.random(spec, c.index, 2);
        profile(c, r);
        List<LocalDateTime> purchases = c.purchases();
        for (int k = 0; k < purchases.size(); k++) {
            order(c, k, purchases.get(k), r);
        }
        browsing(c, r);
        surveys(c, r);
        contacts(c, r);
        if (c.index % 30 == 29) {
            guestOrder(c, r);
        }
    }

    private void profile(CustomerLife c, SplittableRandom r) {
        LocalDate birth = spec.endDate().minusYears(18 + r.nextInt(62)).minusDays(r.nextInt(365));
        LocalDateTime updated = c.acquiredAt.plusDays(r.nextInt(60));
        files.get("customers-shop.csv").csv(c.id, c.firstName, c.lastName, c.email, c.phone, birth, c.gender, c.country.language(),
                c.country.code(), c.city.region(), c.city.name(), c.city.latitude(), c.city.longitude(), c.channel, TS.format(c.acquiredAt),
                c.consentEmail, r.nextDouble() < 0.4, r.nextDouble() < 0.8, TS.format(updated));
        if (r.nextDouble() < 0.25) {
            String crmId = String.format("CRM-%06d", c.index + 1);
            boolean phoneOnly = r.nextDouble() < 0.05;
            String email = phoneOnly ? "purchasing" + (c.index + 1) + "@business.example"
                    : r.nextDouble() < 0.15 ? " " + c.email.toUpperCase(Locale.ROOT) + " " : c.email;
            boolean moved = r.nextDouble() < 0.3;
            String city = moved ? c.country.cities().get(r.nextInt(c.country.cities().size())).name() : c.city.name();
            LocalDateTime modified = updated.plusDays(r.nextInt(400));
            String owner = People.rep(c.index);
            files.get("customers-crm.csv").csv(crmId, c.firstName + " " + c.lastName, email, People.international(c.country.code(), c.phone),
                    c.country.code(), city, owner, TS.format(modified.isAfter(end()) ? end() : modified));
            if (r.nextDouble() < 0.08) {
                Opportunities.write(files, crmId, c, owner, r, spec);
            }
        }
    }

    private LocalDateTime end() {
        return spec.endDate().atTime(23, 59, 59);
    }

    private void order(CustomerLife c, int k, LocalDateTime at, SplittableRandom r) {
        String orderId = String.format("O%07d-%03d", c.index + 1, k + 1);
        String channel = r.nextDouble() < 0.55 ? "web" : r.nextDouble() < 0.55 ? "app" : "store";
        String store = channel.equals("store") ? "Casa Nova " + c.city.name() : null;
        boolean cancelled = r.nextDouble() < 0.02;
        List<Catalog.Product> items = new ArrayList<>();
        int lines = 1 + (r.nextDouble() < 0.45 ? 1 : 0) + (r.nextDouble() < 0.3 ? 1 : 0) + (r.nextDouble() < 0.1 ? 1 : 0);
        for (int i = 0; i < lines; i++) {
            Catalog.Product p = Catalog.pick(r);
            if (!items.contains(p)) {
                items.add(p);
            }
        }
        if (items.contains(Catalog.byId(Catalog.BARISTA_PRO)) && !items.contains(Catalog.byId(Catalog.DESCALING_KIT)) && r.nextDouble() < 0.6) {
            items.add(Catalog.byId(Catalog.DESCALING_KIT));
        }
        Out out = files.get("order-lines.csv");
        double yearFactor = 1 + 0.04 * (at.getYear() - spec.startDate().getYear());
        for (int i = 0; i < items.size(); i++) {
            Catalog.Product p = items.get(i);
            int qty = p.category().equals("accessories") && r.nextDouble() < 0.3 ? 2 : 1;
            double price = p.priceUsd() * c.country.perUsd() * yearFactor * (c.vip ? 1.15 : 1.0) * (0.97 + 0.06 * r.nextDouble());
            boolean returned = !cancelled && r.nextDouble() < 0.05;
            String ts = TS.format(at);
            if (c.index % 250 == 7 && k == 0 && i == 0) {
                ts = at.getYear() + "-02-30 25:61:00";
                badRows++;
            }
            Object[] row = {orderId, i + 1, ts, c.id, p.id(), p.name(), p.category(), qty, Out.money(price), c.country.currency(), channel,
                store, c.city.region(), c.country.code(), cancelled ? "cancelled" : returned ? "returned" : "completed", returned ? qty : 0};
            out.csv(row);
            if (c.index == 5 && k == 0 && i == 0) {
                out.csv(row);
                badRows++;
            }
        }
        orderEvents(c, orderId, at, items, channel, r);
        if (r.nextDouble() < (at.isAfter(lastMonth) ? 0.12 : 0.05)) {
            ticket(c, at, r);
        }
    }

    private void guestOrder(CustomerLife c, SplittableRandom r) {
        Catalog.Product p = Catalog.pick(r);
        LocalDateTime at = c.acquiredAt.plusDays(r.nextInt(30));
        if (at.isAfter(end())) {
            return;
        }
        files.get("order-lines.csv").csv(String.format("G%07d", c.index + 1), 1, TS.format(at), null, p.id(), p.name(), p.category(), 1,
                Out.money(p.priceUsd() * c.country.perUsd()), c.country.currency(), "web", null, c.city.region(), c.country.code(),
                "completed", 0);
    }

    private void orderEvents(CustomerLife c, String orderId, LocalDateTime at, List<Catalog.Product> items, String channel, SplittableRandom r) {
        if (channel.equals("store")) {
            return;
        }
        String session = orderId.replace('O', 's');
        LocalDateTime t = at.minusMinutes(5 + items.size() * 3L);
        Events events = new Events(files.get("events.jsonl"), c.id, null, session, channel);
        events.add("login", t, null, "/account/login");
        for (Catalog.Product p : items) {
            t = t.plusSeconds(40 + r.nextInt(120));
            events.add("product_view", t, p, "/p/" + p.id());
            t = t.plusSeconds(10 + r.nextInt(60));
            events.add("add_to_cart", t, p, "/cart");
        }
        events.add("checkout", t.plusSeconds(30), null, "/checkout");
        events.add("order", at, null, "/checkout/done?order=" + orderId);
    }

    private void browsing(CustomerLife c, SplittableRandom r) {
        int sessions = r.nextInt(3);
        for (int s = 0; s < sessions; s++) {
            LocalDateTime t = c.acquiredAt.plusMinutes((long) (r.nextDouble() * java.time.Duration.between(c.acquiredAt, end()).toMinutes()));
            boolean anonymous = r.nextDouble() < 0.25;
            String session = String.format("b%07d-%d", c.index + 1, s);
            Events events = new Events(files.get("events.jsonl"), anonymous ? null : c.id, anonymous ? "a" + session : null, session,
                    r.nextBoolean() ? "web" : "app");
            events.add("page_view", t, null, "/");
            Catalog.Product p = Catalog.pick(r);
            events.add("search", t.plusSeconds(20), null, "/search?q=" + p.category());
            events.add("product_view", t.plusSeconds(60), p, "/p/" + p.id());
            if (r.nextDouble() < 0.3) {
                events.add("add_to_cart", t.plusSeconds(120), p, "/cart");
            }
        }
    }

    private void ticket(CustomerLife c, LocalDateTime orderAt, SplittableRandom r) {
        LocalDateTime opened = orderAt.plusDays(2 + r.nextInt(9)).plusHours(r.nextInt(8));
        if (opened.isAfter(end())) {
            return;
        }
        String category = opened.isAfter(lastMonth) && r.nextDouble() < 0.6 ? "delivery" : CustomerLife.pick(TICKET_CATEGORIES, TICKET_WEIGHTS, r);
        LocalDateTime closed = opened.plusHours(4 + r.nextInt(240));
        boolean open = closed.isAfter(end()) || r.nextDouble() < 0.03;
        int satisfaction = Math.max(1, Math.min(5, (int) Math.round(1 + 4 * c.satisfactionAt(opened) + r.nextGaussian() * 0.6)));
        String priority = c.vip ? "high" : r.nextDouble() < 0.1 ? "urgent" : r.nextDouble() < 0.3 ? "low" : "normal";
        String outcome = open ? null : category.equals("defect") ? (r.nextBoolean() ? "replacement" : "repaired")
                : category.equals("returns") ? "refund" : "resolved";
        String ticketId = String.format("T%07d-%03d", c.index + 1, ++tickets);
        files.get("tickets.csv").csv(ticketId, r.nextDouble() < 0.1 ? c.email.toUpperCase(Locale.ROOT) : c.email, TS.format(opened),
                open ? null : TS.format(closed), category, r.nextDouble() < 0.5 ? "email" : r.nextDouble() < 0.6 ? "phone" : "chat", priority,
                category.equals("defect"), Out.money(5 + r.nextDouble() * 75), outcome, open ? null : satisfaction);
        if (!open && r.nextDouble() < 0.4) {
            Surveys.ces(files.get("feedback.jsonl"), c, closed.plusHours(2), r);
        }
    }

    private void surveys(CustomerLife c, SplittableRandom r) {
        Surveys.relationship(files.get("feedback.jsonl"), c, spec, r, this);
    }

    private void contacts(CustomerLife c, SplittableRandom r) {
        for (Campaigns.Campaign k : campaigns) {
            if (k.start().isBefore(c.acquiredAt) || k.start().toLocalDate().isAfter(c.lastActive.plusDays(60))) {
                continue;
            }
            if (k.channel().equals("email") && !c.consentEmail || r.nextDouble() > 0.3) {
                continue;
            }
            LocalDateTime at = k.start().plusHours(r.nextInt(24 * 5));
            boolean responded = r.nextDouble() < 0.09;
            boolean converted = responded && r.nextDouble() < 0.35;
            files.get("campaign-contacts.csv").csv(k.id(), c.id, TS.format(at), responded, responded ? TS.format(at.plusHours(3)) : null,
                    converted, converted ? Out.money((60 + r.nextDouble() * 240) * c.country.perUsd()) : null);
        }
    }
}
