package io.clientela.analytics.voice.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies of terms and key phrases (bigrams of adjacent analysed terms) over a set of
 * responses: how many responses mention each, counted once per response. Not thread-safe; build one
 * per thread or per period.
 */
public final class TermCounts {
    private final Map<String, Integer> counts = new HashMap<>();
    private int responses;

    /** Adds one response's analysed terms. */
    public void add(List<String> terms) {
        responses++;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            seen.add(terms.get(i));
            if (i + 1 < terms.size()) {
                seen.add(terms.get(i) + " " + terms.get(i + 1));
            }
        }
        for (String t : seen) {
            counts.merge(t, 1, Integer::sum);
        }
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

    /** A term or phrase and the number of responses mentioning it. */
    public record Frequent(String term, int responses, double share) {
    }

    /** The {@code top} most mentioned terms and phrases with at least {@code minCount} responses, ties by term. */
    public List<Frequent> top(int top, int minCount) {
        List<Frequent> out = new ArrayList<>();
        counts.forEach((t, c) -> {
            if (c >= minCount) {
                out.add(new Frequent(t, c, (double) c / responses));
            }
        });
        out.sort((a, b) -> a.responses() != b.responses() ? Integer.compare(b.responses(), a.responses()) : a.term().compareTo(b.term()));
        return out.subList(0, Math.min(top, out.size()));
    }
}
