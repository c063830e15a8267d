package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.voice.text.Language;
import io.clientela.core.FaultException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.hu.HungarianLightStemmer;

/**
 * The lexicon and modifier words of one language, read from the bundled resources: valences
 * ({@code vader_lexicon.txt} and {@code sentiment-en.txt} for English; {@code sentiment-xx.txt}, plus ElhPolar for Spanish),
 * emoji ({@code emoji.txt}) and VADER's emoticons for every language, and {@code rules-xx.txt}.
 * Spanish and Hungarian words are also looked up by their light stem. Outside English, a modifier
 * word (ElhPolar lists "no" as negative) is a modifier only, never a lexicon word. Not changed after loading (but for a concurrent cache of stem lookups), so safe to share between threads.
 */
final class RuleSet {
    static final double BOOST = 0.293;
    final Language language;
    private final Map<String, Double> lexicon;
    private final Map<String, Double> stems;
    private final UnaryOperator<String> stemmer;
    final Set<String> negators;
    final Set<String> postNegators;
    final Set<String> contrast;
    final Map<String, Double> boosters;
    static final int NEGATOR = 1;
    static final int POST_NEGATOR = 2;
    static final int CONTRAST = 4;
    static final int BOOSTER = 8;
    static final int DAMPENER = 16;
    private final Map<String, Integer> modifiers;
    private final Set<String> words;
    private final byte[] longestFrom;

    private RuleSet(Language language, Map<String, Double> lexicon, UnaryOperator<String> stemmer, Map<String, Set<String>> rules) {
        this.language = language;
        this.lexicon = new HashMap<>(lexicon);
        this.stemmer = stemmer;
        Map<String, Double> st = new HashMap<>();
        if (stemmer != null) {
            lexicon.forEach((w, v) -> st.putIfAbsent(stemmer.apply(w), v));
        }
        this.stems = st;
        this.negators = new HashSet<>(rules.getOrDefault("negators", Set.of()));
        this.postNegators = new HashSet<>(rules.getOrDefault("postnegators", Set.of()));
        this.contrast = new HashSet<>(rules.getOrDefault("contrast", Set.of()));
        Map<String, Double> b = new HashMap<>();
        rules.getOrDefault("boosters", Set.of()).forEach(w -> b.put(w, BOOST));
        rules.getOrDefault("dampeners", Set.of()).forEach(w -> b.put(w, -BOOST));
        this.boosters = new HashMap<>(b);
        Map<String, Integer> mods = new HashMap<>();
        negators.forEach(w -> mods.merge(w, NEGATOR, (x, y) -> x | y));
        postNegators.forEach(w -> mods.merge(w, POST_NEGATOR, (x, y) -> x | y));
        contrast.forEach(w -> mods.merge(w, CONTRAST, (x, y) -> x | y));
        b.forEach((w, v) -> mods.merge(w, v > 0 ? BOOSTER : DAMPENER, (x, y) -> x | y));
        this.modifiers = mods;
        Set<String> all = new HashSet<>(lexicon.keySet());
        rules.values().forEach(all::addAll);
        this.words = all;
        this.longestFrom = new byte[Character.MAX_VALUE + 1];
        for (String w : all) {
            int i = w.charAt(0);
            longestFrom[i] = (byte) Math.max(longestFrom[i], Math.min(w.length(), 8));
        }
    }

    /** The modifier flags of a lower-case word ({@link #NEGATOR}, {@link #BOOSTER}, ...), 0 for none; one lookup. */
    int modifiers(String lower) {
        Integer m = modifiers.get(lower);
        return m == null ? 0 : m;
    }

    /** The length of the longest word (at most 8) that starts with {@code c}, 0 if none. */
    int longestFrom(char c) {
        return longestFrom[c];
    }

    private static final Double NONE = Double.NaN;
    private static final int CACHE_LIMIT = 200_000;
    /** Stem lookups already made (NaN: no valence), up to {@link #CACHE_LIMIT} words; feedback vocabularies are small. */
    private final java.util.concurrent.ConcurrentHashMap<String, Double> stemmed = new java.util.concurrent.ConcurrentHashMap<>();

    /** The valence (-4..4) of a lower-case word, or {@code null} when it carries none. */
    Double valence(String lower) {
        Double v = lexicon.get(lower);
        if (v != null || stemmer == null || lower.length() <= 2) {
            return v;
        }
        Double cached = stemmed.get(lower);
        if (cached == null) {
            cached = stemValence(lower);
            if (cached == null) {
                cached = NONE;
            }
            if (stemmed.size() < CACHE_LIMIT) {
                stemmed.put(lower, cached);
            }
        }
        return cached.isNaN() ? null : cached;
    }

    private Double stemValence(String lower) {
        Double v = stems.get(stemmer.apply(lower));
        if (v == null && language == Language.ES && lower.length() > 6 && (lower.endsWith("ísimo") || lower.endsWith("ísima")
                || lower.endsWith("isimo") || lower.endsWith("isima"))) {
            v = stems.get(stemmer.apply(lower.substring(0, lower.length() - 5) + "o"));
        }
        return v;
    }

    boolean isWord(String lower) {
        return words.contains(lower);
    }

    static RuleSet load(Language language) {
        Map<String, Double> lex = new HashMap<>();
        Map<String, Double> vader = readValences("vader_lexicon.txt");
        if (language == Language.EN || language == Language.UNKNOWN) {
            lex.putAll(vader);
            lex.putAll(readValences("sentiment-en.txt"));
        } else {
            vader.forEach((w, v) -> {
                if (w.chars().noneMatch(Character::isLetter) && w.length() > 1) {
                    lex.put(w, v);
                }
            });
        }
        readValences("emoji.txt").forEach(lex::put);
        UnaryOperator<String> stemmer = null;
        switch (language) {
            case ES -> {
                for (Map.Entry<String, Double> e : readValences("elhpolar_es.tsv").entrySet()) {
                    lex.put(e.getKey(), e.getValue());
                }
                lex.putAll(readValences("sentiment-es.txt"));
                SpanishLightStemmer s = new SpanishLightStemmer();
                stemmer = w -> stem(w, (c, n) -> s.stem(c, n));
            }
            case HU -> {
                lex.putAll(readValences("sentiment-hu.txt"));
                HungarianLightStemmer s = new HungarianLightStemmer();
                stemmer = w -> stem(w, (c, n) -> s.stem(c, n));
            }
            case ZH -> lex.putAll(readValences("sentiment-zh.txt"));
            default -> {
            }
        }
        lex.values().removeIf(v -> v == 0.0 && language != Language.EN);
        Language rulesOf = language == Language.UNKNOWN ? Language.EN : language;
        Map<String, Set<String>> rules = readRules("rules-" + rulesOf.code() + ".txt");
        if (rulesOf != Language.EN) {
            rules.values().forEach(words -> lex.keySet().removeAll(words));
        }
        return new RuleSet(language, lex, stemmer, rules);
    }

    private interface CharStemmer {
        int stem(char[] s, int len);
    }

    private static String stem(String w, CharStemmer s) {
        char[] c = w.toCharArray();
        return new String(c, 0, s.stem(c, c.length));
    }

    private static Map<String, Double> readValences(String resource) {
        Map<String, Double> out = new HashMap<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            if (f.length < 2 || line.startsWith("#") || f[0].equals("word")) {
                continue;
            }
            double v = switch (f[1]) {
                case "positive" -> 1.9;
                case "negative" -> -1.9;
                default -> Double.parseDouble(f[1]);
            };
            out.put(f[0].toLowerCase(java.util.Locale.ROOT).replace("\uFE0F", ""), v);
        }
        return out;
    }

    private static Map<String, Set<String>> readRules(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines(resource)) {
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon < 0) {
                continue;
            }
            Set<String> words = new HashSet<>(java.util.Arrays.asList(line.substring(colon + 1).strip().split("\\s+")));
            out.put(line.substring(0, colon).strip(), words);
        }
        return out;
    }

    private static java.util.List<String> lines(String resource) {
        try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FaultException(resource + " is missing from this build of Clientela; rebuild it");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
        }
    }
}
