package io.clientela.service.voice;

import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.store.Handle;
import io.clientela.store.query.AgentScope;
import io.clientela.store.voice.CommentQueries;
import java.text.BreakIterator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The comment explorer's search: the SQL filters of {@link CommentQueries}, and the term filter the
 * way the voice run counts terms: a comment has a term when its text, analysed with its language's
 * analyzer ({@link Tokenizer}: stemmed, without stop words), yields it. The term may be given as a
 * word ("deliveries") or as the stored term ("deliveri"). Every comment returned carries the places
 * of the matched term and of the searched text ({@code matches}: [start, end) in UTF-16 code units,
 * as JavaScript counts), so the page can mark them without parsing any HTML. One instance holds the
 * analyzers (thread-safe) for the server's life.
 */
public final class CommentSearch implements AutoCloseable {
    private final Tokenizer tokenizer = new Tokenizer();

    /** A page of comments and how many matched in all. */
    public record Result(long total, List<Map<String, Object>> items) {
    }

    public Result search(Handle h, CommentQueries.Selection s, String term, AgentScope scope, String sort, boolean descending, int page, int size) {
        CommentQueries q = new CommentQueries(h);
        List<Map<String, Object>> items;
        long total;
        if (term == null) {
            total = q.count(s, scope);
            items = new ArrayList<>(q.page(s, scope, sort, descending, (page - 1) * size, size));
        } else {
            List<Map<String, Object>> hits = new ArrayList<>();
            for (Map<String, Object> c : q.candidates(s, scope, fragments(term))) {
                if (hasTerm((String) c.get("text"), language(c.get("language")), term)) {
                    hits.add(c);
                }
            }
            hits.sort(order(sort, descending));
            total = hits.size();
            List<String[]> keys = hits.stream().skip((long) (page - 1) * size).limit(size)
                    .map(c -> new String[] {(String) c.get("source"), (String) c.get("feedback_id")}).toList();
            items = new ArrayList<>(q.byKeys(keys));
        }
        for (Map<String, Object> item : items) {
            item.put("matches", matches((String) item.get("text"), language(item.get("language")), term, s.q()));
        }
        return new Result(total, items);
    }

    /**
     * Pieces of text every comment with the term contains, for the database to narrow the texts the
     * analyzers read: each analysed form of the term in each language, without its last two letters
     * (a stemmer changes only a word's ending: "deliveri" is "delivery", "alma" is "almát"), lower-case
     * and without accents. Chinese words are kept whole.
     */
    List<String> fragments(String term) {
        Set<String> out = new java.util.TreeSet<>();
        for (Language l : Language.values()) {
            for (String form : forms(term, l)) {
                String plain = java.text.Normalizer.normalize(form, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
                boolean latin = plain.chars().allMatch(ch -> ch < 0x2E80);
                out.add(latin && plain.length() > 3 ? plain.substring(0, Math.max(2, plain.length() - 2)) : plain);
            }
        }
        out.removeIf(String::isEmpty);
        return List.copyOf(out);
    }

    private static Comparator<Map<String, Object>> order(String sort, boolean descending) {
        String column = switch (sort) {
            case "nps" -> "nps";
            case "sentiment" -> "sentiment";
            default -> "responded_at";
        };
        Comparator<Map<String, Object>> byValue = (a, b) -> {
            Object x = a.get(column);
            Object y = b.get(column);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1; // no value last, either way
            }
            int cmp = x instanceof LocalDateTime t ? t.compareTo((LocalDateTime) y)
                    : Double.compare(((Number) x).doubleValue(), ((Number) y).doubleValue());
            return descending ? -cmp : cmp;
        };
        return byValue.thenComparing(m -> (String) m.get("source")).thenComparing(m -> (String) m.get("feedback_id"));
    }

    private static Language language(Object code) {
        try {
            return code == null ? Language.UNKNOWN : Language.fromCode(code.toString());
        } catch (RuntimeException e) {
            return Language.UNKNOWN;
        }
    }

    /** The analysed forms the term may take in a text of this language: as given (lower case) and as the analyzer reads it. */
    private Set<String> forms(String term, Language l) {
        Set<String> out = new HashSet<>();
        out.add(term.toLowerCase(Locale.ROOT));
        out.addAll(tokenizer.terms(term, l));
        return out;
    }

    boolean hasTerm(String text, Language l, String term) {
        if (text == null) {
            return false;
        }
        Set<String> forms = forms(term, l);
        for (String t : tokenizer.terms(text, l)) {
            if (forms.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Where the term (each word whose analysed form is the term's; in Chinese, each occurrence) and the searched text occur, in text order. */
    List<int[]> matches(String text, Language l, String term, String q) {
        List<int[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        if (term != null) {
            if (l == Language.ZH) {
                occurrences(text, term, out);
            } else {
                Set<String> forms = forms(term, l);
                BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
                words.setText(text);
                for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
                    String word = text.substring(start, end);
                    if (Character.isLetterOrDigit(word.codePointAt(0)) && tokenizer.terms(word, l).stream().anyMatch(forms::contains)) {
                        out.add(new int[] {start, end});
                    }
                }
            }
        }
        if (q != null) {
            occurrences(text, q, out);
        }
        out.sort(Comparator.comparingInt(m -> m[0]));
        return out;
    }

    private static void occurrences(String text, String what, List<int[]> out) {
        int n = what.length();
        for (int i = 0; n > 0 && i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, what, 0, n)) {
                out.add(new int[] {i, i + n});
                i += n - 1;
            }
        }
    }

    /** Summary of a tag change, for the answer. */
    public static Map<String, Object> tagged(String source, String feedbackId, String tag, boolean changed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", source);
        out.put("feedback_id", feedbackId);
        out.put("tag", tag);
        out.put("changed", changed);
        return out;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
