package io.clientela.analytics.voice.kpi;

/**
 * A feedback scale and how its KPI is defined.
 * <ul>
 * <li>{@link #NPS}: 0..10; promoters 9-10, passives 7-8, detractors 0-6; NPS = 100 (P − D).</li>
 * <li>{@link #CSAT}: 1..5; CSAT = share of 4 and 5 ("top two boxes"), in percent.</li>
 * <li>{@link #CES}: 1..7 (higher = easier); CES = mean score.</li>
 * </ul>
 */
public enum Scale {
    NPS(0, 10), CSAT(1, 5), CES(1, 7);

    private final int min;
    private final int max;

    Scale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Why {@code score} is not a valid answer on this scale, or {@code null} when it is. */
    public String problem(int score) {
        return score < min || score > max ? name() + " " + score + " is outside " + min + ".." + max : null;
    }
}
