package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;
import java.util.Arrays;
import java.util.List;

/**
 * Purchase histories as the BG/NBD and Pareto/NBD likelihoods read them: the distinct
 * (x, t_x, T) rows with the summed weight of the customers sharing them, plus, for each row, the
 * index of its x, t_x and T among the distinct values of each (in order of first appearance), so
 * that a likelihood evaluates log-gamma functions once per distinct x and logarithms once per
 * distinct t_x or T.
 */
final class Histories {
    static final int STRIDE = 4;

    final int size;
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] weight;
    final double customers;
    final double repeatBuyers;
    final int[] xValues;
    final double[] xWeight;
    final int[] xIndex;
    final double[] ageValues;
    final double[] ageWeight;
    final double[] ageXWeight;
    final int[] ageIndex;
    final double[] txValues;
    final int[] txIndex;

    private Histories(RowIndex rows, double[] weights) {
        size = rows.size();
        x = new int[size];
        tx = new double[size];
        age = new double[size];
        weight = Arrays.copyOf(weights, size);
        double n = 0;
        double repeat = 0;
        for (int i = 0; i < size; i++) {
            x[i] = rows.x(i);
            tx[i] = rows.u(i);
            age[i] = rows.v(i);
            n += weight[i];
            repeat += x[i] > 0 ? weight[i] : 0;
        }
        customers = n;
        repeatBuyers = repeat;
        RowIndex distinctX = new RowIndex(size);
        RowIndex distinctAge = new RowIndex(size);
        RowIndex distinctTx = new RowIndex(size);
        xIndex = new int[size];
        ageIndex = new int[size];
        txIndex = new int[size];
        for (int i = 0; i < size; i++) {
            xIndex[i] = distinctX.indexOf(x[i], 0, 0);
            ageIndex[i] = distinctAge.indexOf(0, age[i], 0);
            txIndex[i] = distinctTx.indexOf(0, tx[i], 0);
        }
        xValues = new int[distinctX.size()];
        Arrays.setAll(xValues, distinctX::x);
        ageValues = new double[distinctAge.size()];
        Arrays.setAll(ageValues, distinctAge::u);
        txValues = new double[distinctTx.size()];
        Arrays.setAll(txValues, distinctTx::u);
        xWeight = new double[xValues.length];
        ageWeight = new double[ageValues.length];
        ageXWeight = new double[ageValues.length];
        for (int i = 0; i < size; i++) {
            xWeight[xIndex[i]] += weight[i];
            ageWeight[ageIndex[i]] += weight[i];
            ageXWeight[ageIndex[i]] += weight[i] * x[i];
        }
    }

    /**
     * Validates and compresses customers given as one flat array x0, t_x0, T0, weight0, x1, ...;
     * a row that is not a purchase history is rejected with its number, field, value and expectation.
     */
    static Histories compress(double[] rows) {
        if (rows.length % STRIDE != 0) {
            throw new AnalyticsException("customer histories come as (x, t_x, T, weight) quadruples; the array has " + rows.length
                    + " numbers, which is not a multiple of 4");
        }
        int n = rows.length / STRIDE;
        RowIndex index = new RowIndex(n);
        double[] weights = new double[Math.max(16, n)];
        for (int i = 0; i < n; i++) {
            int o = i * STRIDE;
            double xv = rows[o];
            double tx = rows[o + 1] + 0.0;
            double age = rows[o + 2] + 0.0;
            double w = rows[o + 3];
            if (!(xv >= 0 && xv <= 1e9 && xv == Math.rint(xv))) {
                throw invalid(i, "x", "a whole number of repeat purchases, 0 or more", xv);
            }
            if (!(age >= 0 && age < Double.POSITIVE_INFINITY)) {
                throw invalid(i, "T", "a finite time of 0 or more", age);
            }
            if (!(tx >= 0 && tx <= age)) {
                throw invalid(i, "t_x", "a time between 0 and T = " + age, tx);
            }
            if (xv == 0 && tx != 0) {
                throw invalid(i, "t_x", "0 for a customer without repeat purchases (x = 0)", tx);
            }
            if (!(w > 0 && w < Double.POSITIVE_INFINITY)) {
                throw invalid(i, "weight", "a positive number of customers", w);
            }
            weights[index.indexOf((int) xv, tx, age)] += w;
        }
        return new Histories(index, weights);
    }

    /**
     * Σ w T / Σ w x: the observed time per repeat purchase, a start for the purchase models' rate
     * parameters in the data's own unit of time; infinite when nobody made a repeat purchase.
     */
    double timePerPurchase() {
        double time = 0;
        double purchases = 0;
        for (int i = 0; i < size; i++) {
            time += weight[i] * age[i];
            purchases += weight[i] * x[i];
        }
        return time / purchases;
    }

    static double[] flatten(List<RfmSummary> customers) {
        double[] rows = new double[customers.size() * STRIDE];
        int o = 0;
        for (RfmSummary c : customers) {
            rows[o++] = c.x();
            rows[o++] = c.tx();
            rows[o++] = c.age();
            rows[o++] = c.weight();
        }
        return rows;
    }

    private static AnalyticsException invalid(int row, String field, String expected, double found) {
        return new AnalyticsException("customer history " + (row + 1) + ", field '" + field + "': expected " + expected + ", found " + found);
    }
}
