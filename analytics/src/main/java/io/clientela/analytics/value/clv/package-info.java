/**
 * Customer lifetime value: "buy till you die" purchase models, a spend model and discounted CLV,
 * each fitted by exact maximum likelihood with analytic gradients on sufficient statistics (one
 * row per distinct history: frequency x, recency t_x, age T, weight; for spend x, mean repeat
 * value m_x, weight), and each returning a {@link io.clientela.analytics.value.clv.FitReport}
 * with its provenance.
 * <ul>
 *   <li>BG/NBD: Fader, Hardie and Lee (2005), "'Counting your customers' the easy way: an
 *       alternative to the Pareto/NBD model", Marketing Science 24(2), 275-284; P(alive): Fader,
 *       Hardie and Lee (2008), "Computing P(alive) using the BG/NBD model";</li>
 *   <li>Pareto/NBD: Schmittlein, Morrison and Colombo (1987), "Counting your customers: who are
 *       they and what will they do next?", Management Science 33(1), 1-24; likelihood, P(alive)
 *       and conditional expectations as in Fader and Hardie (2005), "A note on deriving the
 *       Pareto/NBD model and related expressions";</li>
 *   <li>Gamma-Gamma spend: Fader, Hardie and Lee (2005), "RFM and CLV: using iso-value curves for
 *       customer base analysis", Journal of Marketing Research 42(4), 415-430; Fader and Hardie
 *       (2013), "The Gamma-Gamma model of monetary value";</li>
 *   <li>the Gauss hypergeometric function by its series: Abramowitz and Stegun (1964), Handbook of
 *       Mathematical Functions, 15.1.1.</li>
 * </ul>
 * Parameters are optimised in log space with BFGS (Nocedal and Wright 2006, Numerical
 * Optimization, algorithm 6.1), written here; identical histories are merged into weights first.
 * Fitting takes one flat array, so it can be benchmarked without building objects per customer;
 * {@code of(FitReport)} turns a fit back into a model that predicts.
 */
package io.clientela.analytics.value.clv;
