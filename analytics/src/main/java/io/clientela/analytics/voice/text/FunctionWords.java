package io.clientela.analytics.voice.text;

import io.clientela.core.FaultException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that point to one of English (0), Spanish (1) or Hungarian (2): function words from
 * {@code function-words.txt}, and as weaker evidence the words of the bundled sentiment lexicons.
 */
final class FunctionWords {
    private static final List<String> ORDER = List.of("en", "es", "hu");
    private final Map<String, Integer> language;
    private final Map<String, Integer> lexical;

    private FunctionWords(Map<String, Integer> language, Map<String, Integer> lexical) {
        this.language = language;
        this.lexical = lexical;
    }

    static FunctionWords load() {
        Map<String, Integer> map = new HashMap<>();
        Set<String> shared = new HashSet<>();
        try (InputStream in = FunctionWords.class.getResourceAsStream("function-words.txt")) {
            if (in == null) {
                throw new FaultException("function-words.txt is missing from this build of Clientela; rebuild it");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                int lang = ORDER.indexOf(line.substring(0, colon).strip());
                if (lang < 0) {
                    throw new IllegalStateException("function-words.txt: unknown language in line '" + line + "'");
                }
                for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                    Integer before = map.putIfAbsent(w, lang);
                    if (before != null && before != lang) {
                        shared.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
        }
        shared.forEach(map::remove);
        Map<String, Integer> lexical = new HashMap<>();
        Set<String> sharedLexical = new HashSet<>();
        String[][] lexicons = {{"vader_lexicon.txt", "0"}, {"elhpolar_es.tsv", "1"}, {"sentiment-es.txt", "1"}, {"sentiment-hu.txt", "2"}};
        for (String[] l : lexicons) {
            int lang = Integer.parseInt(l[1]);
            for (String line : lines("/io/clientela/analytics/voice/sentiment/" + l[0])) {
                String w = line.split("\t", 2)[0];
                if (w.length() < 3 || line.startsWith("#") || !w.chars().allMatch(Character::isLetter) || map.containsKey(w)) {
                    continue;
                }
                Integer before = lexical.putIfAbsent(w, lang);
                if (before != null && before != lang) {
                    sharedLexical.add(w);
                }
            }
        }
        sharedLexical.forEach(lexical::remove);
        return new FunctionWords(map, lexical);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = FunctionWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FaultException(resource + " is missing from this build of Clientela; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
        }
    }

    /** 0, 1 or 2 for a sentiment-lexicon word of one language only (weaker evidence), -1 otherwise. */
    int lexicalLanguageOf(String lowerCaseWord) {
        Integer l = lexical.get(lowerCaseWord);
        return l == null ? -1 : l;
    }

    /** 0, 1 or 2 for a word of one language only, -1 otherwise. */
    int languageOf(String lowerCaseWord) {
        Integer l = language.get(lowerCaseWord);
        return l == null ? -1 : l;
    }
}
