package io.clientela.analytics.voice;

import io.clientela.analytics.voice.sentiment.SentenceSentiment;
import io.clientela.analytics.voice.sentiment.Sentiment;
import io.clientela.analytics.voice.sentiment.SentimentAnalyzer;
import io.clientela.analytics.voice.terms.Taxonomy;
import io.clientela.analytics.voice.text.CleanText;
import io.clientela.analytics.voice.text.Cleaner;
import io.clientela.analytics.voice.text.Detection;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.LanguageDetector;
import io.clientela.analytics.voice.text.Sentences;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.analytics.voice.text.Utf8;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One response in, one {@link ResponseAnalysis} out: clean (HTML, control characters, length
 * bound), language given or detected, Lucene terms, taxonomy themes and sentiment. A response whose
 * sentences are in different languages (and no language was given) is read sentence by sentence,
 * each in its own language, its score the length-weighted mean of theirs. Empty text gets no
 * sentiment and {@code empty = true} rather than a made-up neutral. Thread-safe.
 */
public final class VoicePipeline {
    private final LanguageDetector detector = new LanguageDetector();
    private final Tokenizer tokenizer;
    private final SentimentAnalyzer sentiment;
    private final Taxonomy taxonomy;

    public VoicePipeline(Tokenizer tokenizer, SentimentAnalyzer sentiment, Taxonomy taxonomy) {
        this.tokenizer = tokenizer;
        this.sentiment = sentiment;
        this.taxonomy = taxonomy;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public SentimentAnalyzer sentiment() {
        return sentiment;
    }

    /** Analyses decoded bytes; {@code given} is the language or {@code null} to detect it. */
    public ResponseAnalysis analyze(Utf8.Decoded text, Language given, boolean withSentences) {
        return analyze(text.text(), text.invalidSequences(), given, withSentences, true);
    }

    /** Analyses a text; {@code given} is the language or {@code null} to detect it. */
    public ResponseAnalysis analyze(String raw, Language given, boolean withSentences) {
        return analyze(raw, 0, given, withSentences, true);
    }

    /**
     * As {@link #analyze(Utf8.Decoded, Language, boolean)} but sentiment only: terms and themes are
     * left empty, which saves the Lucene analysis when only the score is wanted.
     */
    public ResponseAnalysis sentimentOnly(Utf8.Decoded text, Language given, boolean withSentences) {
        return analyze(text.text(), text.invalidSequences(), given, withSentences, false);
    }

    private ResponseAnalysis analyze(String raw, int invalid, Language given, boolean withSentences, boolean withTerms) {
        CleanText clean = Cleaner.clean(raw);
        String text = clean.text();
        if (clean.isEmpty()) {
            Language l = given == null ? Language.UNKNOWN : given;
            return new ResponseAnalysis(l, given == null ? "detected" : "given", List.of(), null, List.of(), List.of(), List.of(), List.of(), true,
                    clean.truncated(), clean.htmlStripped(), invalid);
        }
        if (given != null) {
            return whole(text, given, "given", List.of(given), clean, invalid, withSentences, withTerms);
        }
        Detection d = detector.detect(text);
        if (!d.mixed()) {
            return whole(text, d.language(), "detected", d.languages(), clean, invalid, withSentences, withTerms);
        }
        List<SentenceSentiment> sentences = new ArrayList<>();
        Set<String> themes = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>();
        List<String> words = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (String s : Sentences.split(text)) {
            Language l = detector.detect(s).language();
            if (l == Language.UNKNOWN) {
                l = d.language();
            }
            Sentiment st = sentiment.score(s, l);
            sentences.add(new SentenceSentiment(s, st));
            weighted += st.score() * s.length();
            weights += s.length();
            if (withTerms) {
                List<String> t = new ArrayList<>();
                for (Tokenizer.Term term : tokenizer.analyse(s, l)) {
                    t.add(term.stem());
                    words.add(term.word());
                }
                terms.addAll(t);
                themes.addAll(taxonomy.match(t, l));
            }
        }
        double score = Math.max(-1, Math.min(1, weighted / weights));
        Sentiment overall = new Sentiment(score, io.clientela.analytics.voice.sentiment.Label.of(score), d.language(), "per-sentence mean");
        return new ResponseAnalysis(d.language(), "detected", d.languages(), overall, withSentences ? sentences : List.of(), terms,
                words, List.copyOf(themes), false, clean.truncated(), clean.htmlStripped(), invalid);
    }

    private ResponseAnalysis whole(String text, Language l, String source, List<Language> languages, CleanText clean, int invalid,
                                   boolean withSentences, boolean withTerms) {
        Sentiment s = sentiment.score(text, l);
        List<Tokenizer.Term> analysed = withTerms ? tokenizer.analyse(text, l) : List.of();
        List<String> terms = analysed.stream().map(Tokenizer.Term::stem).toList();
        List<String> words = analysed.stream().map(Tokenizer.Term::word).toList();
        return new ResponseAnalysis(l, source, languages, s, withSentences ? sentiment.sentences(text, l) : List.of(), terms,
                words, withTerms ? taxonomy.match(terms, l) : List.of(), false, clean.truncated(), clean.htmlStripped(), invalid);
    }
}
