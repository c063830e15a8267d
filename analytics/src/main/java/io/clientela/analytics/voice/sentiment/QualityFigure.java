package io.clientela.analytics.voice.sentiment;

/**
 * One measured figure of sentiment quality.
 *
 * @param dataset what was scored (file, or "demo templates")
 * @param method  {@code rules} or {@code model trained on ...}
 * @param split   which part of the data was scored and what the model was trained on
 * @param n       texts scored
 * @param metric  {@code pearson}, {@code macro-F1 (3 classes)} or {@code accuracy (pos vs neg)}
 * @param value   the figure
 * @param target  the target, or NaN when there is none
 */
public record QualityFigure(String language, String dataset, String method, String split, int n, String metric, double value,
                            double target) {
    /** Whether a target exists and is met. */
    public boolean meetsTarget() {
        return Double.isNaN(target) || value >= target;
    }
}
