package io.clientela.analytics.voice.sentiment;

import java.util.Locale;

/** The sentiment class of a score: positive at or above {@link #THRESHOLD}, negative at or below its negative. */
public enum Label {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** VADER's conventional band for neutral compound scores. */
    public static final double THRESHOLD = 0.05;

    /** The label of a score in [-1, 1]. */
    public static Label of(double score) {
        return score >= THRESHOLD ? POSITIVE : score <= -THRESHOLD ? NEGATIVE : NEUTRAL;
    }

    /** {@code positive}, {@code neutral} or {@code negative}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
