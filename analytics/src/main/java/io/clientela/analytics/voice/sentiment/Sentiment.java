package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.voice.text.Language;

/**
 * The sentiment of a text or sentence.
 *
 * @param score    in [-1, 1]
 * @param label    {@link Label#of(double)} of the score
 * @param language the language it was read in
 * @param method   {@code rules} or the name of the trained model that decided
 */
public record Sentiment(double score, Label label, Language language, String method) {
    public Sentiment {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [-1, 1], was " + score);
        }
        if (label == null || language == null || method == null) {
            throw new IllegalArgumentException("label, language and method must not be null");
        }
    }

    static Sentiment of(double score, Language language, String method) {
        return new Sentiment(score, Label.of(score), language, method);
    }
}
