package io.clientela.core.demo;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One run of the generator: the open files and the writers, fed one customer at a time. A
 * customer's whole history (profile, CRM record, orders, web sessions, tickets, surveys, campaign
 * contacts) is drawn and written before the next customer is drawn, so memory stays flat however
 * many customers there are.
 */
final class Generation implements AutoCloseable {
    final Plan plan;
    final Sprinkle sprinkle;
    private final Map<DemoFile, Out> files = new EnumMap<>(DemoFile.class);
    private final long[] phonesUsed = new long[Countries.ALL.size()];
    private final OrderWriter orders;
    private final EventWriter events;
    private final TicketWriter tickets;
    private final SurveyWriter surveys;
    private final CrmWriter crm;
    private final Campaigns campaigns;

    Generation(Plan plan, Path dir) {
        this.plan = plan;
        this.sprinkle = new Sprinkle(plan.spec.customers());
        for (DemoFile f : DemoFile.values()) {
            files.put(f, new Out(dir.resolve(f.fileName), f.header()));
        }
        this.orders = new OrderWriter(plan, out(DemoFile.ORDER_LINES), sprinkle);
        this.events = new EventWriter(plan, out(DemoFile.EVENTS));
        this.tickets = new TicketWriter(plan, out(DemoFile.TICKETS));
        this.surveys = new SurveyWriter(plan, out(DemoFile.FEEDBACK), sprinkle);
        this.crm = new CrmWriter(plan, out(DemoFile.CUSTOMERS_CRM), new B2bWriter(plan, out(DemoFile.OPPORTUNITIES), out(DemoFile.ACTIVITIES)));
        this.campaigns = new Campaigns(plan, out(DemoFile.CAMPAIGN_CONTACTS));
    }

    Out out(DemoFile f) {
        return files.get(f);
    }

    /** The files that do not depend on customers: products and campaigns. */
    void writeReferenceData() {
        Out products = out(DemoFile.PRODUCTS);
        for (Catalog.Product p : Catalog.ALL) {
            products.cell(p.sku()).cell(p.name()).cell(p.category()).money(p.priceUsd()).money(p.costUsd()).cell("USD").end();
        }
        campaigns.writeCampaigns(out(DemoFile.CAMPAIGNS));
    }

    void writeCustomer(int index) {
        Customer c = new Customer(plan, index, phonesUsed);
        profile(c);
        crm.write(c, plan.random(index, 1));
        SplittableRandom r = plan.random(index, 2);
        java.util.List<Order> bought = orders.write(c, r);
        SplittableRandom after = plan.random(index, 3);
        for (Order o : bought) {
            surveys.support(c, tickets.write(c, o, after), after);
            surveys.postPurchase(c, o, after);
        }
        surveys.relationship(c, bought, after);
        events.write(c, bought, plan.random(index, 4));
        campaigns.writeContacts(c, plan.random(index, 5));
        SplittableRandom g = plan.random(index, 6);
        if (g.nextDouble() < 0.12) {
            events.guest(c, orders.guest(c, g), g);
        }
    }

    private void profile(Customer c) {
        out(DemoFile.CUSTOMERS_SHOP).cell(c.id).cell(c.name()).cell(c.given.written()).cell(c.family.written()).cell(c.email)
                .cell(c.phone).date(c.birthDay).cell(c.female ? "female" : "male").cell(c.country.language()).cell(c.country.code())
                .cell(c.city.region()).cell(c.city.name()).fixed(c.latitude, 4).fixed(c.longitude, 4).cell(c.channel)
                .timestamp(c.acquiredAt).cell(c.consentEmail).cell(c.consentSms).cell(c.consentTracking).timestamp(c.updatedAt).end();
    }

    /** The last file, written once every customer's revenue is known. */
    void writeTargets() {
        Targets.write(out(DemoFile.SALES_TARGETS), plan, orders.revenue);
    }

    long rows(DemoFile f) {
        return files.get(f).rows();
    }

    /** Closes every file, even when one fails; the first failure is thrown. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (Out o : files.values()) {
            try {
                o.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
