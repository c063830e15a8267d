package io.clientela.analytics.value.abc;

/**
 * Where class A ends and where class B ends, as cumulative shares of the total value (default:
 * A = the top 80 %, B = the next 15 %, C = the rest).
 */
public record Cutoffs(double a, double b) {
    public static final Cutoffs DEFAULT = new Cutoffs(0.80, 0.95);

    public Cutoffs {
        if (!(a > 0 && a < b && b <= 1)) {
            throw new IllegalArgumentException("ABC cut-offs need 0 < A < B <= 1 (shares of the total), found A = " + a + ", B = " + b);
        }
    }
}
