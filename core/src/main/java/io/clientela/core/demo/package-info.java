/**
 * The demo company "Casa Nova", a home and kitchen appliance retailer selling through its web shop,
 * its app and its stores in eight countries (US, GB, IE, DE, ES, MX, CN, HU), with a small B2B sales
 * team. {@link io.clientela.core.demo.DemoCompany#write DemoCompany.write} turns a
 * {@link io.clientela.core.demo.DemoSpec} (seed, customers, end date, months) into twelve files and
 * their mappings, which {@code clientela demo} imports through the normal path (mapping, field
 * rules, quarantine, identity resolution), so the demo exercises exactly what real data does.
 *
 * <h2>How it is made</h2>
 * Each customer is drawn from a random stream of its own (seed and customer number, SplitMix64),
 * and their whole history is written before the next customer is drawn: memory stays flat for a
 * million customers and the same spec always writes byte-identical files. No clock is read: the
 * end date is part of the spec. Purchases follow the "buy till you die" story (Poisson purchases at
 * a gamma-distributed rate until an exponential lifetime ends), thinned by a calendar with a
 * December peak, Black Friday and weekly rhythms; acquisitions grow over time.
 *
 * <h2>Planted patterns</h2>
 * The analyses should find these (also listed, with dates, in
 * {@link io.clientela.core.demo.DemoManifest#planted()}):
 * <ol>
 *   <li><b>Falling satisfaction among high-value customers</b>: the top tenth of spenders in DE and
 *       GB lose satisfaction steadily over the last six months (NPS, CSAT and CES fall), while the
 *       others stay level.</li>
 *   <li><b>A churning cohort</b>: customers acquired through {@code affiliate} in the month 18 months
 *       before the end (the "Partner deals" campaign) stop buying about three months later.</li>
 *   <li><b>A product pair bought together</b>: the Barista Pro espresso machine (P-1001) comes with a
 *       descaling kit (P-6001) in six baskets out of ten; the lift is far above 3.</li>
 *   <li><b>A complaint rising in the last 30 days</b>: late delivery ("late delivery", "entrega
 *       tardía", "配送延迟", "késik a szállítás") in survey comments in all four languages, and as
 *       delivery tickets.</li>
 * </ol>
 *
 * <h2>Deliberately bad rows</h2>
 * Six rows, whatever the size (see {@code Sprinkle}; each is described in
 * {@link io.clientela.core.demo.DemoManifest#badRows()}): three order lines with malformed dates,
 * one order line written twice, and two survey answers with an NPS of 11. Everything else is valid
 * under the default rules, so an import quarantines exactly these.
 */
package io.clientela.core.demo;
