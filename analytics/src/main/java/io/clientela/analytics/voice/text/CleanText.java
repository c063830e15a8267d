package io.clientela.analytics.voice.text;

/**
 * A response made ready for analysis.
 *
 * @param text           markup removed, control characters replaced by spaces, at most {@link Cleaner#MAX_CHARS}
 * @param originalLength characters of the text as received
 * @param htmlStripped   whether HTML tags or entities were found and removed
 * @param truncated      whether only the first {@link Cleaner#MAX_CHARS} characters are analysed
 */
public record CleanText(String text, int originalLength, boolean htmlStripped, boolean truncated) {
    public CleanText {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (originalLength < 0) {
            throw new IllegalArgumentException("originalLength must be >= 0, was " + originalLength);
        }
    }

    /** Whether nothing but white space (or nothing) is left to analyse. */
    public boolean isEmpty() {
        return text.isBlank();
    }
}
