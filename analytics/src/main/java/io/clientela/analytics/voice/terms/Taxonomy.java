package io.clientela.analytics.voice.terms;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.analytics.voice.text.UnsupportedLanguageException;
import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Themes and their keywords per language, in the format of the shipped {@code themes-retail.txt}:
 * {@code [theme]} lines, then {@code xx: keyword, key phrase, ...} lines. Keywords are analysed with
 * the language's Lucene analyzer when loaded, so "deliveries" matches "delivery" and "entregas"
 * "entrega"; a phrase matches when its terms occur consecutively. Immutable, thread-safe.
 */
public final class Taxonomy {
    private final String source;
    private final List<String> themes;
    /** language -> first term -> (theme index, phrase terms). */
    private final Map<Language, Map<String, List<Phrase>>> index;

    private record Phrase(int theme, String[] terms) {
    }

    private Taxonomy(String source, List<String> themes, Map<Language, Map<String, List<Phrase>>> index) {
        this.source = source;
        this.themes = List.copyOf(themes);
        this.index = index;
    }

    /** The shipped retail and service taxonomy. */
    public static Taxonomy retail(Tokenizer tokenizer) {
        try (InputStream in = Taxonomy.class.getResourceAsStream("themes-retail.txt")) {
            if (in == null) {
                throw new FaultException("themes-retail.txt is missing from this build of Clientela; rebuild it");
            }
            return parse("themes-retail.txt (shipped)", new String(in.readAllBytes(), StandardCharsets.UTF_8), tokenizer);
        } catch (IOException e) {
            throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
        }
    }

    /** A taxonomy from a file; errors name the file and line. */
    public static Taxonomy read(Path file, Tokenizer tokenizer) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), tokenizer);
        } catch (IOException e) {
            throw new AnalyticsException("cannot read the theme taxonomy " + file + ": " + e.getMessage());
        }
    }

    static Taxonomy parse(String source, String text, Tokenizer tokenizer) {
        List<String> themes = new ArrayList<>();
        Map<Language, Map<String, List<Phrase>>> index = new EnumMap<>(Language.class);
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String theme = line.substring(1, line.length() - 1).strip();
                if (theme.isEmpty() || themes.contains(theme)) {
                    throw new AnalyticsException(source + " line " + lineNo + ": theme '" + theme + "' is empty or repeated");
                }
                themes.add(theme);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0 || themes.isEmpty()) {
                throw new AnalyticsException(source + " line " + lineNo + ": expected '[theme]' or 'xx: keyword, ...', found \"" + line + "\"");
            }
            Language lang;
            try {
                lang = Language.fromCode(line.substring(0, colon));
            } catch (UnsupportedLanguageException e) {
                throw new AnalyticsException(source + " line " + lineNo + ": " + e.getMessage());
            }
            for (String keyword : line.substring(colon + 1).split(",")) {
                List<String> terms = tokenizer.terms(keyword.strip(), lang);
                if (terms.isEmpty()) {
                    continue;
                }
                index.computeIfAbsent(lang, l -> new LinkedHashMap<>()).computeIfAbsent(terms.get(0), t -> new ArrayList<>())
                        .add(new Phrase(themes.size() - 1, terms.toArray(String[]::new)));
            }
        }
        if (themes.isEmpty()) {
            throw new AnalyticsException(source + ": no [theme] sections");
        }
        return new Taxonomy(source, themes, index);
    }

    public String source() {
        return source;
    }

    public List<String> themes() {
        return themes;
    }

    /** The themes whose keywords occur in {@code terms} (analysed in {@code language}), in taxonomy order. */
    public List<String> match(List<String> terms, Language language) {
        Map<String, List<Phrase>> byFirst = index.get(language);
        if (byFirst == null || terms.isEmpty()) {
            return List.of();
        }
        boolean[] hit = new boolean[themes.size()];
        int hits = 0;
        for (int i = 0; i < terms.size(); i++) {
            List<Phrase> candidates = byFirst.get(terms.get(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (!hit[p.theme()] && matchesAt(terms, i, p.terms())) {
                    hit[p.theme()] = true;
                    hits++;
                }
            }
        }
        if (hits == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(hits);
        for (int t = 0; t < hit.length; t++) {
            if (hit[t]) {
                out.add(themes.get(t));
            }
        }
        return out;
    }

    private static boolean matchesAt(List<String> terms, int i, String[] phrase) {
        if (i + phrase.length > terms.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!terms.get(i + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
