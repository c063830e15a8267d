package io.clientela.core.demo;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes about a quarter of the customers again as the CRM keeps them, under CRM ids: mostly the
 * same e-mail (sometimes in other case or with blanks), phones in international notation, an
 * account owner, often a newer record with a changed city (so survivorship decides), and a few
 * records that share only the phone. About one CRM record in ten is a small business with B2B
 * deals ({@link B2bWriter}).
 */
final class CrmWriter {
    private final Plan plan;
    private final Out out;
    private final B2bWriter b2b;
    private long next = 1;

    CrmWriter(Plan plan, Out out, B2bWriter b2b) {
        this.plan = plan;
        this.out = out;
        this.b2b = b2b;
    }

    void write(Customer c, SplittableRandom r) {
        if (r.nextDouble() >= 0.25) {
            return;
        }
        String id = "CRM-" + Customer.pad(next++, 6);
        boolean phoneOnly = c.phone != null && r.nextDouble() < 0.06;
        String email;
        if (phoneOnly) {
            email = r.nextBoolean() ? null : c.email.substring(0, c.email.indexOf('@')) + "@office.example.com";
        } else {
            double x = r.nextDouble();
            email = x < 0.08 ? c.email.toUpperCase(Locale.ROOT) : x < 0.14 ? " " + c.email + " "
                    : x < 0.2 ? Character.toUpperCase(c.email.charAt(0)) + c.email.substring(1) : c.email;
        }
        String phone = c.phone != null && (phoneOnly || r.nextDouble() < 0.7) ? c.country.phones().international(c.phoneOrdinal) : null;
        boolean newer = r.nextDouble() < 0.5;
        boolean moved = newer && r.nextDouble() < 0.4;
        Country.City city = c.city;
        while (moved && city == c.city && c.country.cities().size() > 1) {
            city = c.country.city(r);
        }
        long modified = newer ? c.updatedAt + (long) (r.nextDouble() * (plan.endSecond - c.updatedAt))
                : c.acquiredAt - (long) (r.nextDouble() * 90 * Fmt.DAY);
        String owner = Staff.rep(c.country.code(), r);
        boolean business = r.nextDouble() < 0.1;
        String company = business ? Staff.company(c.country, c.family, r) : null;
        out.cell(id).cell(c.name()).cell(email).cell(phone).cell(c.country.code()).cell(city.name()).cell(owner)
                .cell(business ? "b2b" : "b2c").cell(company).timestamp(modified).end();
        if (business) {
            b2b.write(id, c, company, owner, r);
        }
    }
}
