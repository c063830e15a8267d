package io.clientela.analytics.voice.text;

import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Index terms of a text with the Lucene 9 analyzer of its language: {@link EnglishAnalyzer}
 * (Porter stemmer, Lucene's English stop words plus {@link #MORE_ENGLISH_STOP_WORDS}), {@link SpanishAnalyzer} (light Spanish stemmer, Snowball stop
 * words), {@link HungarianAnalyzer} (Snowball Hungarian stemmer, stop words) and
 * {@link SmartChineseAnalyzer} (HMM word segmentation; stop words: its punctuation plus {@link ChineseStopWords}); {@link Language#UNKNOWN} text is
 * only split and lower-cased ({@link StandardAnalyzer} without stop words). Thread-safe: Lucene
 * analyzers reuse one token stream per thread.
 */
public final class Tokenizer implements AutoCloseable {
    /** Pronouns, auxiliaries and fillers beyond Lucene's 33 English stop words, so terms name things. */
    static final String MORE_ENGLISH_STOP_WORDS = "i me my mine we us our you your he him his she her its they them were been being am "
            + "have has had do does did would could should can may might must shall just also very so too again ever still "
            + "from about what which who whom when where why how all any some more most other than only own same up down out "
            + "over off here there because while after before i'm it's don't didn't i've i'd";
    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

    public Tokenizer() {
        CharArraySet english = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        english.addAll(java.util.Arrays.asList(MORE_ENGLISH_STOP_WORDS.split(" ")));
        analyzers.put(Language.EN, new EnglishAnalyzer(english));
        analyzers.put(Language.ES, new SpanishAnalyzer());
        analyzers.put(Language.HU, new HungarianAnalyzer());
        CharArraySet chinese = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        chinese.addAll(ChineseStopWords.load());
        analyzers.put(Language.ZH, new SmartChineseAnalyzer(chinese));
        analyzers.put(Language.UNKNOWN, new StandardAnalyzer(CharArraySet.EMPTY_SET));
    }

    /** The stemmed, stop-word-free terms of {@code text} in {@code language}, in order. */
    public List<String> terms(String text, Language language) {
        return analyse(text, language).stream().map(Term::stem).toList();
    }

    /**
     * A term as counted (its stem) and as written (the lower-cased word of the text it came from,
     * an English possessive "'s" dropped), so lists can show "delivery" while counting "deliveri".
     */
    public record Term(String stem, String word) {
    }

    /** The terms of {@code text} in {@code language} with the words they were read from, in order. */
    public List<Term> analyse(String text, Language language) {
        List<Term> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzers.get(language).tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (language != Language.ZH || !punctuation(term)) {
                    String stem = term.toString();
                    out.add(new Term(stem, word(text, offset.startOffset(), offset.endOffset(), stem)));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new FaultException("tokenising a " + language + " text failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static String word(String text, int start, int end, String stem) {
        if (start < 0 || end > text.length() || start >= end) {
            return stem;
        }
        String w = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w.isEmpty() ? stem : w;
    }

    private static boolean punctuation(CharTermAttribute t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
    }
}
