package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import java.util.Arrays;
import java.util.List;

/**
 * Repeat buyers as the Gamma-Gamma likelihood reads them: distinct (x, m_x) rows with summed
 * weights, their grouping by x, and the data-only sums Σw ln m_x, Σw x ln m_x and Σw x ln x.
 * Customers without repeat purchases (x = 0) or with a mean spend of 0 carry no information a
 * gamma distribution of positive amounts can use and are left out.
 */
final class Spends {
    static final int STRIDE = 3;

    final int size;
    final int[] x;
    final double[] mean;
    final double[] weight;
    final double buyers;
    final int[] xValues;
    final double[] xWeight;
    final int[] xIndex;
    final double sumLogMean;
    final double sumXLogMean;
    final double sumXLogX;

    private Spends(RowIndex rows, double[] weights) {
        size = rows.size();
        x = new int[size];
        mean = new double[size];
        weight = Arrays.copyOf(weights, size);
        double n = 0;
        double lm = 0;
        double xlm = 0;
        double xlx = 0;
        for (int i = 0; i < size; i++) {
            x[i] = rows.x(i);
            mean[i] = rows.u(i);
            n += weight[i];
            lm += weight[i] * Math.log(mean[i]);
            xlm += weight[i] * x[i] * Math.log(mean[i]);
            xlx += weight[i] * x[i] * Math.log(x[i]);
        }
        buyers = n;
        sumLogMean = lm;
        sumXLogMean = xlm;
        sumXLogX = xlx;
        RowIndex distinctX = new RowIndex(size);
        xIndex = new int[size];
        for (int i = 0; i < size; i++) {
            xIndex[i] = distinctX.indexOf(x[i], 0, 0);
        }
        xValues = new int[distinctX.size()];
        Arrays.setAll(xValues, distinctX::x);
        xWeight = new double[xValues.length];
        for (int i = 0; i < size; i++) {
            xWeight[xIndex[i]] += weight[i];
        }
    }

    /** Validates and compresses customers given as one flat array x0, m0, weight0, x1, ... */
    static Spends compress(double[] rows) {
        if (rows.length % STRIDE != 0) {
            throw new AnalyticsException("spend histories come as (x, mean spend, weight) triples; the array has " + rows.length
                    + " numbers, which is not a multiple of 3");
        }
        int n = rows.length / STRIDE;
        RowIndex index = new RowIndex(n);
        double[] weights = new double[Math.max(16, n)];
        for (int i = 0; i < n; i++) {
            double xv = rows[i * STRIDE];
            double m = rows[i * STRIDE + 1];
            double w = rows[i * STRIDE + 2];
            if (!(xv >= 0 && xv <= 1e9 && xv == Math.rint(xv))) {
                throw invalid(i, "x", "a whole number of repeat purchases, 0 or more", xv);
            }
            if (!(m >= 0 && m < Double.POSITIVE_INFINITY)) {
                throw invalid(i, "mean spend", "a finite amount of 0 or more", m);
            }
            if (!(w > 0 && w < Double.POSITIVE_INFINITY)) {
                throw invalid(i, "weight", "a positive number of customers", w);
            }
            if (xv > 0 && m > 0) {
                weights[index.indexOf((int) xv, m, 0.0)] += w;
            }
        }
        return new Spends(index, weights);
    }

    /** Σ w m / Σ w: the mean spend, a start for γ in the data's own unit of money. */
    double meanSpend() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += weight[i] * mean[i];
        }
        return sum / buyers;
    }

    static double[] flatten(List<RfmSummary> customers) {
        double[] rows = new double[customers.size() * STRIDE];
        int o = 0;
        for (RfmSummary c : customers) {
            rows[o++] = c.x();
            rows[o++] = c.meanValue();
            rows[o++] = c.weight();
        }
        return rows;
    }

    private static AnalyticsException invalid(int row, String field, String expected, double found) {
        return new AnalyticsException("spend history " + (row + 1) + ", field '" + field + "': expected " + expected + ", found " + found);
    }
}
