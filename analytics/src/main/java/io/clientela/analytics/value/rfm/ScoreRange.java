package io.clientela.analytics.value.rfm;

/** An inclusive range of RFM scores, written {@code "4-5"} or {@code "3"}. */
public record ScoreRange(int from, int to) {
    public static final ScoreRange ANY = new ScoreRange(1, 5);

    public ScoreRange {
        if (from < 1 || to > 5 || from > to) {
            throw new IllegalArgumentException("a score range lies within 1-5 with from <= to, found " + from + "-" + to);
        }
    }

    /** Parses {@code "4-5"} or {@code "3"}; a message names the text when it is neither. */
    public static ScoreRange parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            int dash = t.indexOf('-');
            if (dash < 0) {
                int v = Integer.parseInt(t);
                return new ScoreRange(v, v);
            }
            return new ScoreRange(Integer.parseInt(t.substring(0, dash).strip()), Integer.parseInt(t.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a score or a range of scores such as \"4-5\" (scores are 1 to 5), found \"" + text + "\"");
        }
    }

    boolean contains(int score) {
        return score >= from && score <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
