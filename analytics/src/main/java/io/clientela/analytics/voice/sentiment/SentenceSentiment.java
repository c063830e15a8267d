package io.clientela.analytics.voice.sentiment;

/** One sentence of a response and its sentiment. */
public record SentenceSentiment(String text, Sentiment sentiment) {
    public SentenceSentiment {
        if (text == null || sentiment == null) {
            throw new IllegalArgumentException("text and sentiment must not be null");
        }
    }
}
