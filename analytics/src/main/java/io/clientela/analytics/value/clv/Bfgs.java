package io.clientela.analytics.value.clv;

import java.util.function.Function;

/**
 * Minimises a smooth function with BFGS (Nocedal and Wright, Numerical Optimization, 2nd ed.,
 * algorithm 6.1) and a backtracking Armijo line search. Small and dependency-free: the CLV models
 * have 3 or 4 parameters.
 */
final class Bfgs {
    /** The value and gradient of the objective at a point. */
    record Evaluation(double value, double[] gradient) {
    }

    /** Where the search ended. */
    record Result(double[] x, double value, int iterations, boolean converged) {
    }

    private Bfgs() {
    }

    /**
     * Converged when the gradient norm falls below {@code relativeTolerance} times max(1, |f|), or
     * when a step no longer changes f by more than 1e-14 relative (the optimum to double precision).
     */
    static Result minimise(Function<double[], Evaluation> f, double[] start, double relativeTolerance, int maxIterations) {
        int n = start.length;
        double[] x = start.clone();
        Evaluation e = f.apply(x);
        double[][] h = identity(n);
        for (int it = 1; it <= maxIterations; it++) {
            double gradientTolerance = relativeTolerance * Math.max(1, Math.abs(e.value()));
            if (norm(e.gradient()) < gradientTolerance) {
                return new Result(x, e.value(), it - 1, true);
            }
            double[] p = times(h, e.gradient());
            for (int i = 0; i < n; i++) {
                p[i] = -p[i];
            }
            double slope = dot(p, e.gradient());
            if (slope >= 0) {
                h = identity(n);
                p = e.gradient().clone();
                for (int i = 0; i < n; i++) {
                    p[i] = -p[i];
                }
                slope = dot(p, e.gradient());
            }
            // never move further than one unit at once: in log-parameter space, a factor of e
            double step = Math.min(1, 1 / norm(p));
            double[] next = new double[n];
            Evaluation ne = null;
            for (int k = 0; k < 60; k++) {
                for (int i = 0; i < n; i++) {
                    next[i] = x[i] + step * p[i];
                }
                ne = f.apply(next);
                if (Double.isFinite(ne.value()) && ne.value() <= e.value() + 1e-4 * step * slope) {
                    break;
                }
                step *= 0.5;
                ne = null;
            }
            if (ne == null) {
                return new Result(x, e.value(), it, norm(e.gradient()) < gradientTolerance * 1e3);
            }
            boolean stalled = Math.abs(e.value() - ne.value()) <= 1e-14 * Math.max(1, Math.abs(e.value()));
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = next[i] - x[i];
                y[i] = ne.gradient()[i] - e.gradient()[i];
            }
            double sy = dot(s, y);
            if (sy > 1e-12) {
                if (it == 1) {
                    // scale the first inverse Hessian to the curvature seen (Nocedal and Wright, eq. 6.20)
                    h = scaledIdentity(n, sy / dot(y, y));
                }
                h = update(h, s, y, sy);
            }
            x = next.clone();
            e = ne;
            if (stalled) {
                return new Result(x, e.value(), it, norm(e.gradient()) < gradientTolerance * 1e3);
            }
        }
        return new Result(x, e.value(), maxIterations, false);
    }

    private static double[][] update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double rho = 1 / sy;
        double[] hy = times(h, y);
        double yhy = dot(y, hy);
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = h[i][j] - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
        return out;
    }

    private static double[][] identity(int n) {
        return scaledIdentity(n, 1);
    }

    private static double[][] scaledIdentity(int n, double scale) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = scale;
        }
        return m;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += m[i][j] * v[j];
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
