package io.clientela.analytics.value.clv;

import java.util.function.DoubleUnaryOperator;

/** Adaptive Simpson quadrature (Lyness 1969) to a relative tolerance: the tests' second way to a number. */
final class Quadrature {
    private Quadrature() {
    }

    static double integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance) {
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        double m = (a + b) / 2;
        double fm = f.applyAsDouble(m);
        double whole = (b - a) / 6 * (fa + 4 * fm + fb);
        double scale = Math.abs(whole) > 0 ? Math.abs(whole) : 1e-300;
        return refine(f, a, b, fa, fm, fb, whole, relativeTolerance * scale, 60);
    }

    private static double refine(DoubleUnaryOperator f, double a, double b, double fa, double fm, double fb, double whole, double tolerance,
                                 int depth) {
        double m = (a + b) / 2;
        double lm = (a + m) / 2;
        double rm = (m + b) / 2;
        double flm = f.applyAsDouble(lm);
        double frm = f.applyAsDouble(rm);
        double left = (m - a) / 6 * (fa + 4 * flm + fm);
        double right = (b - m) / 6 * (fm + 4 * frm + fb);
        double delta = left + right - whole;
        if (depth <= 0 || Math.abs(delta) <= 15 * tolerance) {
            return left + right + delta / 15;
        }
        return refine(f, a, m, fa, flm, fm, left, tolerance / 2, depth - 1) + refine(f, m, b, fm, frm, fb, right, tolerance / 2, depth - 1);
    }
}
