package io.clientela.analytics.voice.drivers;

import io.clientela.analytics.AnalyticsException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * LMG relative importance (Lindeman, Merenda & Gold 1980; Grömping 2006, "Relative importance for
 * linear regression in R: the package relaimpo", J. Stat. Software 17(1)): each driver's increase
 * in R² when added to a linear regression, averaged over all orders of entering the drivers, which
 * equals the Shapley value of R². R² of every subset is computed from the correlation matrix;
 * intervals are percentiles of a seeded bootstrap over respondents (importance, and the performance
 * of ratings; themes bring their own performance interval). A driver goes to a quadrant only when
 * both intervals lie on one side of the drivers' mean; otherwise it is {@link Driver#UNCLEAR}, so
 * performances of 0.693 and 0.696 are not split into "fix first" and "keep up". At most 12 drivers.
 */
public final class KeyDrivers {
    public static final int MAX_DRIVERS = 12;
    private final int bootstrap;
    private final long seed;

    public KeyDrivers(int bootstrap, long seed) {
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, was " + bootstrap);
        }
        this.bootstrap = bootstrap;
        this.seed = seed;
    }

    /** The result: R² of the full model, the drivers and the respondents used. */
    public record Result(double rSquared, List<Driver> drivers, int n, int bootstrap, long seed) {
    }

    /**
     * @param y     outcome per respondent
     * @param x     drivers per respondent ({@code x[i][j]})
     * @param names driver names
     * @param scaleMin lowest value of the drivers' scale (for performance)
     * @param scaleMax highest value of the drivers' scale
     */
    public Result analyse(double[] y, double[][] x, List<String> names, double scaleMin, double scaleMax) {
        return analyse(y, x, names, performance(x, identity(y.length), names.size(), scaleMin, scaleMax), null, null, scaleMin, scaleMax);
    }

    private static double[] performance(double[][] x, int[] idx, int p, double scaleMin, double scaleMax) {
        double[] perf = new double[p];
        for (int j = 0; j < p; j++) {
            double m = 0;
            for (int i : idx) {
                m += x[i][j] / idx.length;
            }
            perf[j] = (m - scaleMin) / (scaleMax - scaleMin);
        }
        return perf;
    }

    /**
     * As {@link #analyse(double[], double[][], List, double[])} with the 95 % interval of each
     * performance given ({@code perfLow[j]..perfHigh[j]}).
     */
    public Result analyse(double[] y, double[][] x, List<String> names, double[] perf, double[] perfLow, double[] perfHigh) {
        return analyse(y, x, names, perf, perfLow, perfHigh, Double.NaN, Double.NaN);
    }

    /** The Wilson score interval (95 %) of a proportion {@code k / n}: {low, high}. */
    public static double[] wilson(int k, int n) {
        if (n <= 0) {
            return new double[] {0, 1};
        }
        double z = 1.959964;
        double p = (double) k / n;
        double d = 1 + z * z / n;
        double c = (p + z * z / (2.0 * n)) / d;
        double h = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / d;
        return new double[] {Math.max(0, c - h), Math.min(1, c + h)};
    }

    /**
     * As {@link #analyse(double[], double[][], List, double, double)} with the drivers' performance
     * (0..1) given, e.g. for themes the share of their mentions that are not negative.
     */
    public Result analyse(double[] y, double[][] x, List<String> names, double[] perf) {
        return analyse(y, x, names, perf, perf, perf, Double.NaN, Double.NaN);
    }

    private Result analyse(double[] y, double[][] x, List<String> names, double[] perf, double[] perfLow, double[] perfHigh,
                           double scaleMin, double scaleMax) {
        int p = names.size();
        int n = y.length;
        if (p < 1 || p > MAX_DRIVERS) {
            throw new AnalyticsException("key driver analysis needs 1.." + MAX_DRIVERS + " drivers, got " + p);
        }
        if (n < p + 2) {
            throw new AnalyticsException("key driver analysis of " + p + " drivers needs at least " + (p + 2) + " complete responses, got " + n);
        }
        double[] lmg = lmg(y, x, identity(n), p);
        if (lmg == null) {
            throw new AnalyticsException("key driver analysis: the outcome or a driver does not vary in the " + n + " responses");
        }
        double r2 = Arrays.stream(lmg).sum();
        double[][] boot = new double[p][];
        List<double[]> samples = new ArrayList<>();
        List<double[]> perfSamples = new ArrayList<>();
        boolean bootPerf = perfLow == null;
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < bootstrap; b++) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = random.nextInt(n);
            }
            double[] s = lmg(y, x, idx, p);
            if (s != null) {
                samples.add(s);
            }
            if (bootPerf) {
                perfSamples.add(performance(x, idx, p, scaleMin, scaleMax));
            }
        }
        for (int j = 0; j < p; j++) {
            boot[j] = new double[samples.size()];
            for (int b = 0; b < samples.size(); b++) {
                boot[j][b] = samples.get(b)[j];
            }
            Arrays.sort(boot[j]);
        }
        double meanImp = r2 / p;
        double meanPerf = Arrays.stream(perf).average().orElse(0);
        List<Driver> out = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            boolean important = lmg[j] >= meanImp;
            boolean good = perf[j] >= meanPerf;
            double lo = percentile(boot[j], 0.025);
            double hi = percentile(boot[j], 0.975);
            double pLo;
            double pHi;
            if (bootPerf) {
                double[] ps = new double[perfSamples.size()];
                for (int b = 0; b < ps.length; b++) {
                    ps[b] = perfSamples.get(b)[j];
                }
                Arrays.sort(ps);
                pLo = ps.length == 0 ? perf[j] : percentile(ps, 0.025);
                pHi = ps.length == 0 ? perf[j] : percentile(ps, 0.975);
            } else {
                pLo = perfLow[j];
                pHi = perfHigh[j];
            }
            boolean clear = !(lo <= meanImp && meanImp <= hi) && !(pLo <= meanPerf && meanPerf <= pHi);
            String q = !clear ? Driver.UNCLEAR : important ? (good ? "keep up" : "fix first") : (good ? "maintain" : "monitor");
            out.add(new Driver(names.get(j), lmg[j], lo, hi, r2 > 0 ? lmg[j] / r2 : 0, perf[j], pLo, pHi, q));
        }
        out.sort((a, b) -> Double.compare(b.importance(), a.importance()));
        return new Result(r2, out, n, bootstrap, seed);
    }

    /** The {@code q} percentile of sorted values (NaN when there are none). */
    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = q < 0.5 ? (int) Math.floor(q * (sorted.length - 1)) : (int) Math.ceil(q * (sorted.length - 1));
        return sorted[i];
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    /** LMG of each driver on the rows {@code idx}, or null when a variable has no variance. */
    static double[] lmg(double[] y, double[][] x, int[] idx, int p) {
        int k = p + 1;
        double[] mean = new double[k];
        int n = idx.length;
        for (int i : idx) {
            mean[0] += y[i] / n;
            for (int j = 0; j < p; j++) {
                mean[j + 1] += x[i][j] / n;
            }
        }
        double[][] cov = new double[k][k];
        double[] v = new double[k];
        for (int i : idx) {
            v[0] = y[i] - mean[0];
            for (int j = 0; j < p; j++) {
                v[j + 1] = x[i][j] - mean[j + 1];
            }
            for (int a = 0; a < k; a++) {
                for (int b = a; b < k; b++) {
                    cov[a][b] += v[a] * v[b];
                }
            }
        }
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            if (cov[a][a] <= 1e-12) {
                return null;
            }
            for (int b = a; b < k; b++) {
                r[a][b] = r[b][a] = cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
            }
        }
        int subsets = 1 << p;
        double[] r2 = new double[subsets];
        for (int s = 1; s < subsets; s++) {
            r2[s] = rSquared(r, s, p);
        }
        double[] fact = new double[p + 1];
        fact[0] = 1;
        for (int i = 1; i <= p; i++) {
            fact[i] = fact[i - 1] * i;
        }
        double[] out = new double[p];
        for (int j = 0; j < p; j++) {
            int bit = 1 << j;
            for (int s = 0; s < subsets; s++) {
                if ((s & bit) != 0) {
                    continue;
                }
                int size = Integer.bitCount(s);
                out[j] += fact[size] * fact[p - size - 1] / fact[p] * (r2[s | bit] - r2[s]);
            }
        }
        return out;
    }

    /** R² = r_yS' R_SS⁻¹ r_yS for the drivers in bit set {@code s} (Gaussian elimination with partial pivoting). */
    private static double rSquared(double[][] r, int s, int p) {
        int m = Integer.bitCount(s);
        int[] cols = new int[m];
        for (int j = 0, c = 0; j < p; j++) {
            if ((s & (1 << j)) != 0) {
                cols[c++] = j + 1;
            }
        }
        double[][] a = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a[i][j] = r[cols[i]][cols[j]];
            }
            a[i][m] = r[cols[i]][0];
        }
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int i = c + 1; i < m; i++) {
                if (Math.abs(a[i][c]) > Math.abs(a[piv][c])) {
                    piv = i;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            if (Math.abs(a[c][c]) < 1e-12) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                if (i != c) {
                    double f = a[i][c] / a[c][c];
                    for (int j = c; j <= m; j++) {
                        a[i][j] -= f * a[c][j];
                    }
                }
            }
        }
        double out = 0;
        for (int i = 0; i < m; i++) {
            if (Math.abs(a[i][i]) >= 1e-12) {
                out += a[i][m] / a[i][i] * r[cols[i]][0];
            }
        }
        return out;
    }
}
