package io.clientela.analytics.voice.sentiment;

/** A labelled text for training or evaluation: positive or negative. */
public record Example(String text, boolean positive) {
    public Example {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }
}
