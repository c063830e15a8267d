package io.clientela.analytics.voice;

import io.clientela.analytics.voice.sentiment.SentenceSentiment;
import io.clientela.analytics.voice.sentiment.Sentiment;
import io.clientela.analytics.voice.text.Language;
import java.util.List;

/**
 * What one response says and how it feels.
 *
 * @param language         the language it was read in ({@link Language#UNKNOWN} for empty text)
 * @param languageSource   {@code given} or {@code detected}
 * @param languages        languages of its sentences, most text first; more than one: mixed
 * @param sentiment        of the whole response; {@code null} when there is no text to read
 * @param sentences        per sentence, when asked for
 * @param terms            analysed (stemmed, stop-word-free) terms, as counted
 * @param words            the word of the text each term was read from (same length and order as {@code terms}), as shown
 * @param themes           taxonomy themes it mentions
 * @param empty            no text after cleaning (empty, white space, markup only)
 * @param truncated        only the first part of a very long text was read
 * @param htmlStripped     markup was removed
 * @param invalidUtf8      invalid UTF-8 sequences replaced by U+FFFD before analysis
 */
public record ResponseAnalysis(Language language, String languageSource, List<Language> languages, Sentiment sentiment,
                               List<SentenceSentiment> sentences, List<String> terms, List<String> words, List<String> themes, boolean empty,
                               boolean truncated, boolean htmlStripped, int invalidUtf8) {
    public ResponseAnalysis {
        if (language == null || languageSource == null) {
            throw new IllegalArgumentException("language and languageSource must not be null");
        }
        if (sentiment == null && !empty) {
            throw new IllegalArgumentException("a non-empty response must have a sentiment");
        }
        languages = List.copyOf(languages);
        sentences = List.copyOf(sentences);
        terms = List.copyOf(terms);
        words = List.copyOf(words);
        if (words.size() != terms.size()) {
            throw new IllegalArgumentException("words must match terms one to one, had " + words.size() + " for " + terms.size());
        }
        themes = List.copyOf(themes);
    }

    /** Whether its sentences are in more than one language. */
    public boolean mixed() {
        return languages.size() > 1;
    }
}
