package io.clientela.analytics.value.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Discounted customer lifetime value from a purchase model (BG/NBD or Pareto/NBD) and the
 * Gamma-Gamma spend model, as in Fader, Hardie and Lee (2005), "RFM and CLV: using iso-value
 * curves for customer base analysis", with a finite horizon and discrete discounting:
 * <pre>
 * CLV = Σ_{k=1..K} (E[Y(kΔ) | x, t_x, T] - E[Y((k-1)Δ) | x, t_x, T]) · E[M | x, m_x] · margin / (1+d)^k
 * </pre>
 * where K = periods, Δ = period length (in the purchase model's time unit), d = discount rate per
 * period, E[Y(t) | ...] the conditional expected purchases in the t time units after calibration
 * and E[M | ...] the Gamma-Gamma expected order value. Purchases in period k are discounted by a
 * full k periods, as if made at its end. Spend and purchases are taken as independent, the
 * assumption of the Gamma-Gamma model.
 */
public final class Clv {
    public static final String VERSION = "clv-1";

    private final PurchaseModel purchases;
    private final GammaGamma spend;
    private final ClvTerms terms;

    public Clv(PurchaseModel purchases, GammaGamma spend, ClvTerms terms) {
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.spend = Objects.requireNonNull(spend, "spend");
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /** The lifetime value of one customer, with P(alive), expected purchases and order value. */
    public ClvEstimate estimate(RfmSummary c) {
        return estimate(c, outlook(c));
    }

    /**
     * The purchase side of a customer's lifetime value, which depends on x, t_x and T only, so
     * callers scoring many customers can share it between customers with the same history.
     */
    public PurchaseOutlook outlook(RfmSummary c) {
        double before = 0;
        double discounted = 0;
        for (int k = 1; k <= terms.periods(); k++) {
            double upTo = purchases.conditionalExpectedPurchases(c, k * terms.periodLength());
            discounted += Math.max(0, upTo - before) / Math.pow(1 + terms.discountRate(), k);
            before = upTo;
        }
        return new PurchaseOutlook(purchases.probabilityAlive(c), before, discounted);
    }

    /** The lifetime value of a customer whose purchase outlook is known. */
    public ClvEstimate estimate(RfmSummary c, PurchaseOutlook outlook) {
        double orderValue = spend.expectedAverageValue(c);
        return new ClvEstimate(outlook.probabilityAlive(), outlook.expectedPurchases(), orderValue,
                outlook.discountedPurchases() * orderValue * terms.margin());
    }

    /** The lifetime values of the customers, in their order, with the provenance of the figures. */
    public ClvReport estimateAll(List<RfmSummary> customers) {
        List<ClvEstimate> out = new ArrayList<>(customers.size());
        for (RfmSummary c : customers) {
            out.add(estimate(c));
        }
        return new ClvReport(VERSION, purchases.report(), spend.report(), terms, out);
    }
}
