package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.voice.text.Language;

/**
 * How a model was trained: where it comes from, written into the model file and reported with its results.
 *
 * @param language  the language it reads
 * @param data      what it was trained on (file names, split), as given by whoever trained it
 * @param examples  number of training examples
 * @param seed      the shuffling seed
 * @param epochs    passes over the data
 * @param bits      log2 of the hashed feature space
 * @param algorithm algorithm and version
 */
public record Training(Language language, String data, int examples, long seed, int epochs, int bits, String algorithm) {
    public static final String ALGORITHM = "logistic-regression/adagrad hashed n-grams + VADER-style rule score, v2 (Chinese: contrast, negation, degree and last-clause features)";

    public Training {
        if (language == null || language == Language.UNKNOWN) {
            throw new IllegalArgumentException("language must be en, es, zh or hu, was " + language);
        }
        if (data == null || data.isBlank() || data.contains("\n")) {
            throw new IllegalArgumentException("data must be one non-blank line, was '" + data + "'");
        }
        if (examples < 1 || epochs < 1) {
            throw new IllegalArgumentException("examples and epochs must be >= 1, were " + examples + " and " + epochs);
        }
    }
}
