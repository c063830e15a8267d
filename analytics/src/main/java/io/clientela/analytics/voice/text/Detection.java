package io.clientela.analytics.voice.text;

import java.util.List;

/**
 * The language of a response.
 *
 * @param language   the language of most of its letters, {@link Language#UNKNOWN} when there is no
 *                   evidence (no letters, another script, words of none of the four languages)
 * @param confidence share of the language evidence that points to {@code language}, 0..1
 * @param languages  every language found in the sentences, most letters first; more than one means a
 *                   mixed-language response, which is then analysed sentence by sentence
 */
public record Detection(Language language, double confidence, List<Language> languages) {
    public Detection {
        if (language == null) {
            throw new IllegalArgumentException("language must not be null");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        languages = List.copyOf(languages);
    }

    /** Whether sentences in more than one language were found. */
    public boolean mixed() {
        return languages.size() > 1;
    }

    static Detection unknown() {
        return new Detection(Language.UNKNOWN, 0, List.of());
    }
}
