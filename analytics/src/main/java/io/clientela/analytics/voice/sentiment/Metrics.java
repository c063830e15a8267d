package io.clientela.analytics.voice.sentiment;

/** Pearson correlation, binary accuracy and macro-averaged F1, as reported in docs/quality.md. */
public final class Metrics {
    private Metrics() {
    }

    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Share of texts whose score has the sign of their label; a score of exactly 0 counts as wrong. */
    public static double accuracy(double[] score, boolean[] positive) {
        int right = 0;
        for (int i = 0; i < score.length; i++) {
            if (positive[i] ? score[i] > 0 : score[i] < 0) {
                right++;
            }
        }
        return (double) right / score.length;
    }

    /** Macro F1 over classes 0..k-1. */
    public static double macroF1(int[] truth, int[] predicted, int k) {
        double sum = 0;
        for (int c = 0; c < k; c++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < truth.length; i++) {
                if (predicted[i] == c && truth[i] == c) {
                    tp++;
                } else if (predicted[i] == c) {
                    fp++;
                } else if (truth[i] == c) {
                    fn++;
                }
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return sum / k;
    }
}
