package io.clientela.analytics.voice.terms;

import io.clientela.analytics.AnalyticsException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Terms and phrases mentioned by a larger share of responses in a later period than in an earlier
 * one. For each term the 2×2 table (mentioned or not × before or after) is tested with Dunning's
 * log-likelihood ratio G² (Dunning 1993, "Accurate methods for the statistics of surprise and
 * coincidence", Computational Linguistics 19(1)), whose p-value is that of χ² with one degree of
 * freedom; the p-values of all candidate terms are adjusted for multiple testing by
 * Benjamini–Hochberg (1995) and a term is significant when its adjusted p-value is at most
 * {@code alpha}.
 */
public final class EmergingTerms {
    private final int minCount;
    private final double alpha;

    /**
     * @param minCount responses that must mention a term in the later period for it to be tested
     * @param alpha    false-discovery rate, e.g. 0.05
     */
    public EmergingTerms(int minCount, double alpha) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be >= 1, was " + minCount);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
        this.minCount = minCount;
        this.alpha = alpha;
    }

    /** A term's change between the periods and its test. */
    public record Emerging(String term, int before, int after, double shareBefore, double shareAfter, double lift, double g2,
                           double p, double adjustedP, boolean significant) {
    }

    /** Rising terms, most significant first; every tested term that rose is listed, significant or not. */
    public List<Emerging> compare(TermCounts before, TermCounts after) {
        if (before.responses() == 0 || after.responses() == 0) {
            throw new AnalyticsException("emerging terms need responses in both periods; found " + before.responses() + " before and "
                    + after.responses() + " after");
        }
        int n1 = before.responses();
        int n2 = after.responses();
        List<Emerging> rising = new ArrayList<>();
        int tested = 0;
        for (String t : after.terms()) {
            int b = after.count(t);
            if (b < minCount) {
                continue;
            }
            tested++;
            int a = before.count(t);
            double sa = (double) a / n1;
            double sb = (double) b / n2;
            if (sb <= sa) {
                continue;
            }
            double g2 = g2(a, n1 - a, b, n2 - b);
            double p = Erfc.value(Math.sqrt(g2 / 2));
            double lift = ((b + 0.5) / (n2 + 1.0)) / ((a + 0.5) / (n1 + 1.0));
            rising.add(new Emerging(t, a, b, sa, sb, lift, g2, p, p, false));
        }
        rising.sort((x, y) -> x.p() != y.p() ? Double.compare(x.p(), y.p()) : x.g2() != y.g2() ? Double.compare(y.g2(), x.g2()) : x.term().compareTo(y.term()));
        List<Emerging> out = new ArrayList<>(rising.size());
        double running = 1;
        double[] adjusted = new double[rising.size()];
        for (int i = rising.size() - 1; i >= 0; i--) {
            running = Math.min(running, rising.get(i).p() * tested / (i + 1));
            adjusted[i] = running;
        }
        for (int i = 0; i < rising.size(); i++) {
            Emerging e = rising.get(i);
            out.add(new Emerging(e.term(), e.before(), e.after(), e.shareBefore(), e.shareAfter(), e.lift(), e.g2(), e.p(), adjusted[i],
                    adjusted[i] <= alpha));
        }
        return out;
    }

    /** G² = 2 Σ O ln(O/E) of the 2×2 table [[k11, k12], [k21, k22]] (rows: periods). */
    static double g2(double k11, double k12, double k21, double k22) {
        double n = k11 + k12 + k21 + k22;
        double r1 = k11 + k12;
        double r2 = k21 + k22;
        double c1 = k11 + k21;
        double c2 = k12 + k22;
        return 2 * (term(k11, r1 * c1 / n) + term(k12, r1 * c2 / n) + term(k21, r2 * c1 / n) + term(k22, r2 * c2 / n));
    }

    private static double term(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
