/**
 * Customer lifetime value models, fitted by exact maximum likelihood with analytic gradients on
 * one row per customer (frequency x, recency t_x, age T, and for spend the mean repeat value):
 * <ul>
 *   <li>BG/NBD: Fader, Hardie and Lee (2005), "Counting your customers the easy way: an alternative
 *       to the Pareto/NBD model", Marketing Science 24(2), 275-284;</li>
 *   <li>Pareto/NBD: Schmittlein, Morrison and Colombo (1987), Management Science 33(1); likelihood as in
 *       Fader and Hardie (2005), "A note on deriving the Pareto/NBD model and related expressions";</li>
 *   <li>Gamma-Gamma spend: Fader, Hardie and Lee (2005), "RFM and CLV: using iso-value curves for
 *       customer base analysis", Journal of Marketing Research 42(4), 415-430; Fader and Hardie
 *       (2013), "The Gamma-Gamma model of monetary value".</li>
 * </ul>
 * Parameters are optimised in log space with BFGS ({@link io.clientela.analytics.value.clv.Bfgs}).
 */
package io.clientela.analytics.value.clv;
