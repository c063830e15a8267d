package io.clientela.analytics.voice;

import io.clientela.analytics.voice.terms.TermCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The frequent terms of a voice run as stored for the dashboard: per language over the whole run
 * (exact document frequencies, summed over the months, as every response has one month), and per
 * month and language (the month's {@value #PER_MONTH} most frequent terms, so a period's top terms
 * can be summed from the months it covers).
 */
final class VoiceTerms {
    static final int TOP = 30;
    static final int PER_MONTH = 50;

    private VoiceTerms() {
    }

    /**
     * Language → {responses, terms: [{term, stem, responses, share}], phrases: [...]} (single terms and
     * two-term phrases apart); {@code term} is the word most often written for the stem in that language.
     */
    static Map<String, Object> top(Map<String, Map<String, TermCounts>> byMonth) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Map<String, Map<String, Integer>>> forms = new TreeMap<>();
        Map<String, Integer> responses = new TreeMap<>();
        byMonth.values().forEach(m -> m.forEach((lang, c) -> {
            responses.merge(lang, c.responses(), Integer::sum);
            Map<String, Integer> into = counts.computeIfAbsent(lang, l -> new HashMap<>());
            Map<String, Map<String, Integer>> formsInto = forms.computeIfAbsent(lang, l -> new HashMap<>());
            c.top(Integer.MAX_VALUE, 1).forEach(f -> {
                into.merge(f.term(), f.responses(), Integer::sum);
                Map<String, Integer> w = formsInto.computeIfAbsent(f.term(), k -> new HashMap<>(2));
                c.forms(f.term()).forEach((word, n) -> w.merge(word, n, Integer::sum));
            });
        }));
        Map<String, Object> out = new LinkedHashMap<>();
        counts.forEach((lang, m) -> {
            int n = responses.get(lang);
            Map<String, Map<String, Integer>> f = forms.get(lang);
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("responses", n);
            l.put("terms", ranked(m, f, n, false, TOP));
            l.put("phrases", ranked(m, f, n, true, TOP));
            out.put(lang, l);
        });
        return out;
    }

    /** Month → language → {responses, terms: the month's most frequent single terms}. */
    static Map<String, Object> byMonth(Map<String, Map<String, TermCounts>> byMonth) {
        Map<String, Object> out = new LinkedHashMap<>();
        byMonth.forEach((month, langs) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            langs.forEach((lang, c) -> {
                Map<String, Integer> all = new HashMap<>();
                Map<String, Map<String, Integer>> forms = new HashMap<>();
                c.top(Integer.MAX_VALUE, 1).forEach(f -> {
                    all.put(f.term(), f.responses());
                    forms.put(f.term(), c.forms(f.term()));
                });
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("responses", c.responses());
                l.put("terms", ranked(all, forms, c.responses(), false, PER_MONTH));
                m.put(lang, l);
            });
            out.put(month, m);
        });
        return out;
    }

    private static List<Map<String, Object>> ranked(Map<String, Integer> counts, Map<String, Map<String, Integer>> forms, int responses,
                                                    boolean phrases, int top) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.entrySet().stream().filter(e -> (e.getKey().indexOf(' ') > 0) == phrases && e.getValue() >= 2)
                .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()))
                .limit(top).forEach(e -> {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("term", TermCounts.mostFrequent(forms.get(e.getKey()), e.getKey()));
                    t.put("stem", e.getKey());
                    t.put("responses", e.getValue());
                    t.put("share", VoiceRun.round((double) e.getValue() / responses));
                    out.add(t);
                });
        return out;
    }
}
