package io.clientela.analytics.voice.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies of terms and key phrases (bigrams of adjacent analysed terms) over a set of
 * responses: how many responses mention each, counted once per response. Terms are counted by stem
 * and shown by the word most often written for that stem ({@link #word}): "delivery" for
 * "deliveri". Not thread-safe; build one per thread or per period.
 */
public final class TermCounts {
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Map<String, Integer>> words = new HashMap<>();
    private int responses;

    /** Adds one response's analysed terms, each shown as itself. */
    public void add(List<String> terms) {
        add(terms, terms);
    }

    /** Adds one response's analysed terms and the words they were read from (same length). */
    public void add(List<String> terms, List<String> written) {
        if (written.size() != terms.size()) {
            throw new IllegalArgumentException("written must match terms one to one, had " + written.size() + " for " + terms.size());
        }
        responses++;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            seen.add(terms.get(i));
            words.computeIfAbsent(terms.get(i), k -> new HashMap<>(2)).merge(written.get(i), 1, Integer::sum);
            if (i + 1 < terms.size()) {
                String phrase = terms.get(i) + " " + terms.get(i + 1);
                seen.add(phrase);
                words.computeIfAbsent(phrase, k -> new HashMap<>(2)).merge(written.get(i) + " " + written.get(i + 1), 1, Integer::sum);
            }
        }
        for (String t : seen) {
            counts.merge(t, 1, Integer::sum);
        }
    }

    /** How often each written form of {@code term} (a stem or "stem stem" phrase) occurred; empty if never. */
    public Map<String, Integer> forms(String term) {
        return java.util.Collections.unmodifiableMap(words.getOrDefault(term, Map.of()));
    }

    /** The word most often written for {@code term} (ties: the alphabetically first), or the term itself if none was recorded. */
    public String word(String term) {
        return mostFrequent(words.get(term), term);
    }

    /** The most frequent key of {@code forms} (ties: the alphabetically first), or {@code fallback} when empty. */
    public static String mostFrequent(Map<String, Integer> forms, String fallback) {
        if (forms == null || forms.isEmpty()) {
            return fallback;
        }
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (e.getValue() > n || e.getValue() == n && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** Responses added. */
    public int responses() {
        return responses;
    }

    /** Responses that mention {@code term} (a term or "term term" bigram). */
    public int count(String term) {
        return counts.getOrDefault(term, 0);
    }

    Set<String> terms() {
        return counts.keySet();
    }

    /** A term or phrase (its stem), the word shown for it, and the number of responses mentioning it. */
    public record Frequent(String term, String word, int responses, double share) {
    }

    /** The {@code top} most mentioned terms and phrases with at least {@code minCount} responses, ties by term. */
    public List<Frequent> top(int top, int minCount) {
        List<Frequent> out = new ArrayList<>();
        counts.forEach((t, c) -> {
            if (c >= minCount) {
                out.add(new Frequent(t, word(t), c, (double) c / responses));
            }
        });
        out.sort((a, b) -> a.responses() != b.responses() ? Integer.compare(b.responses(), a.responses()) : a.term().compareTo(b.term()));
        return out.subList(0, Math.min(top, out.size()));
    }
}
