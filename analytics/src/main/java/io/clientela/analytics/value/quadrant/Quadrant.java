package io.clientela.analytics.value.quadrant;

/** The four quadrants and the group of customers without feedback. */
public enum Quadrant {
    MODEL("model"), GROWING("growing"), AT_RISK("at-risk"), PRECARIOUS("precarious"), NO_FEEDBACK("no feedback");

    private final String label;

    Quadrant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Quadrant of(boolean satisfied, boolean valuable) {
        if (satisfied) {
            return valuable ? MODEL : GROWING;
        }
        return valuable ? AT_RISK : PRECARIOUS;
    }
}
