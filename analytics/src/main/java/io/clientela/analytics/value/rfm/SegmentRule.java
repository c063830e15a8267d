package io.clientela.analytics.value.rfm;

import java.util.Objects;

/**
 * One named segment: the customers whose recency score lies in {@code r} and whose FM score —
 * the mean of the frequency and monetary scores, rounded half up — lies in {@code fm}, and whose
 * single F and M scores lie in {@code f} and {@code m}.
 */
public record SegmentRule(String segment, ScoreRange r, ScoreRange f, ScoreRange m, ScoreRange fm) {

    public SegmentRule {
        if (segment == null || segment.isBlank()) {
            throw new IllegalArgumentException("a segment rule needs a segment name");
        }
        r = Objects.requireNonNullElse(r, ScoreRange.ANY);
        f = Objects.requireNonNullElse(f, ScoreRange.ANY);
        m = Objects.requireNonNullElse(m, ScoreRange.ANY);
        fm = Objects.requireNonNullElse(fm, ScoreRange.ANY);
    }

    /** A rule over recency and the FM score only. */
    public static SegmentRule of(String segment, String r, String fm) {
        return new SegmentRule(segment, ScoreRange.parse(r), null, null, ScoreRange.parse(fm));
    }

    boolean matches(int rScore, int fScore, int mScore) {
        return r.contains(rScore) && f.contains(fScore) && m.contains(mScore) && fm.contains(fmScore(fScore, mScore));
    }

    static int fmScore(int f, int m) {
        return (f + m + 1) / 2;
    }
}
