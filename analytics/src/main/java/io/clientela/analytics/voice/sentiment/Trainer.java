package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.voice.text.Language;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a {@link LinearModel}: logistic loss, AdaGrad steps (Duchi, Hazan & Singer 2011) with a
 * small L2 penalty on touched weights, examples shuffled each epoch with the given seed, so the same
 * data and seed give the same model.
 */
public final class Trainer {
    private final int bits;
    private final int epochs;
    private final long seed;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-6;

    /** @param bits log2 of the hashed feature space (18 = 262,144 weights, 1 MiB) */
    public Trainer(int bits, int epochs, long seed) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
        }
        this.bits = bits;
        this.epochs = epochs;
        this.seed = seed;
    }

    /** A model for {@code language} trained on {@code examples}; {@code data} says what they are. */
    public LinearModel train(Language language, List<Example> examples, String data) {
        if (examples.isEmpty()) {
            throw new AnalyticsException("no labelled examples to train a " + language + " sentiment model on");
        }
        long positives = examples.stream().filter(Example::positive).count();
        if (positives == 0 || positives == examples.size()) {
            throw new AnalyticsException("training a " + language + " sentiment model needs both positive and negative examples; "
                    + "found " + positives + " positive of " + examples.size());
        }
        RuleSet rules = RuleSet.load(language);
        RuleScorer scorer = new RuleScorer(rules);
        Features features = new Features(bits);
        Features.Vector[] x = new Features.Vector[examples.size()];
        for (int i = 0; i < x.length; i++) {
            String t = examples.get(i).text();
            x[i] = features.extract(t, rules, scorer.score(t));
        }
        float[] w = new float[1 << bits];
        float[] g2 = new float[1 << bits];
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k : order) {
                Features.Vector v = x[k];
                double z = 0;
                for (int i = 0; i < v.size; i++) {
                    z += w[v.index[i]] * v.value[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (examples.get(k).positive() ? 1 : 0);
                for (int i = 0; i < v.size; i++) {
                    int f = v.index[i];
                    double g = err * v.value[i] + L2 * w[f];
                    g2[f] += (float) (g * g);
                    w[f] -= (float) (RATE * g / Math.sqrt(g2[f] + 1e-8));
                }
            }
        }
        return new LinearModel(new Training(language, data, examples.size(), seed, epochs, bits, Training.ALGORITHM), w);
    }
}
