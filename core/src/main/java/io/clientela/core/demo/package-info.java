/**
 * The demo company "Casa Nova", a home and kitchen appliance retailer selling online and in stores
 * in eight countries, generated from a seed: the same {@link io.clientela.core.demo.DemoSpec} always
 * writes byte-identical files. The files go through the normal import path (mappings written beside
 * them), so the demo exercises the same rules, quarantine and identity resolution as real data.
 *
 * <p>Planted patterns the analyses must find:
 * <ol>
 *   <li>high-revenue customers in Germany and Great Britain whose satisfaction falls over the last six months;</li>
 *   <li>a churning cohort: customers acquired through affiliates 18 months before the end stop buying after about three months;</li>
 *   <li>a product pair bought together: the Barista Pro espresso machine and the descaling kit;</li>
 *   <li>a complaint topic rising in the last month: late delivery, in all four languages, also as delivery tickets.</li>
 * </ol>
 * A few deliberately bad rows (malformed dates, an NPS of 11, an exact duplicate line) show the quarantine.
 */
package io.clientela.core.demo;
