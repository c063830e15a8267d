package io.clientela.analytics.value.rfm;

import io.clientela.analytics.value.Ranks;
import io.clientela.core.Provenance;
import java.util.Map;

/**
 * Scores customers by recency, frequency and monetary value in quintiles and names their
 * segments. Recency scores the other way round: the fewer days since the last purchase, the
 * higher the score. Quintiles come from {@link Ranks#quintiles}, so ties share a score.
 */
public final class Rfm {
    static final String METHOD = "RFM: quintile scores 1-5 (ties share a score) of recency in days (fewer is better), frequency in purchase "
            + "days and net revenue; segments by R and FM = round((F + M) / 2), first matching rule wins";
    private Rfm() {
    }

    /** The scores and segments of customers given as three arrays of equal length. */
    public static RfmResult score(int[] recencyDays, int[] frequency, double[] monetary, Segments segments) {
        int n = recencyDays.length;
        if (frequency.length != n || monetary.length != n) {
            throw new IllegalArgumentException("recency, frequency and monetary need one entry per customer, found "
                    + n + ", " + frequency.length + " and " + monetary.length);
        }
        double[] negRecency = new double[n];
        double[] freq = new double[n];
        for (int i = 0; i < n; i++) {
            negRecency[i] = -recencyDays[i];
            freq[i] = frequency[i];
        }
        int[] r = Ranks.quintiles(negRecency);
        int[] f = Ranks.quintiles(freq);
        int[] m = Ranks.quintiles(monetary);
        String[] segment = new String[n];
        for (int i = 0; i < n; i++) {
            segment[i] = segments.segmentOf(r[i], f[i], m[i]);
        }
        return new RfmResult(r, f, m, segment, Provenance.of(METHOD, Segments.VERSION, Map.of("segments", segments.asList()), null, n));
    }
}
