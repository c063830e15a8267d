package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.voice.text.Language;
import java.util.List;
import java.util.Locale;

/**
 * VADER's rules (Hutto & Gilbert 2014, ICWSM; port of vaderSentiment.py's polarity_scores compound
 * score) over the {@link RuleSet} of a language. Each lexicon word adds its valence; a booster or
 * dampener in the three words before it shifts it by ±0.293 (scaled 1, 0.95, 0.9 with distance);
 * a negator in those three words multiplies it by -0.74; a word in ALL CAPS among mixed-case words
 * adds ±0.733; after a contrast word ("but", "pero", "但是", "de") valences count 1.5 times and before
 * it 0.5 times; up to four "!" add 0.292 each and two or more "?" up to 0.96. The sum {@code s} is
 * mapped to {@code s / sqrt(s² + 15)}. English follows vaderSentiment 3.3.2 to the letter: a word
 * of two characters or fewer keeps its punctuation ("NO." is not "no"), the special-case idioms
 * ("the shit", "yeah right", "kind of" …, {@link EnglishIdioms}) and the "but" check with its
 * list-index behaviour. Not ported: emoji-to-words translation (emoji carry their own valence
 * here). Chinese is split by longest lexicon match.
 */
final class RuleScorer {
    private static final double N_SCALAR = -0.74;
    private static final double C_INCR = 0.733;
    private final RuleSet rules;
    private final boolean english;

    RuleScorer(RuleSet rules) {
        this.rules = rules;
        this.english = rules.language == Language.EN || rules.language == Language.UNKNOWN;
    }

    RuleSet rules() {
        return rules;
    }

    Language language() {
        return rules.language;
    }

    /** The compound score of a text, in [-1, 1]. */
    double score(String text) {
        return normalize(sum(text));
    }

    static double normalize(double s) {
        return Math.max(-1, Math.min(1, s / Math.sqrt(s * s + 15)));
    }

    /** The unnormalised sum of valences of a text, punctuation emphasis included. */
    double sum(String text) {
        List<String> tokens = rules.language == Language.ZH ? Tokens.chinese(text, rules)
                : english ? Tokens.latin(text, w -> true) : Tokens.latin(text, w -> rules.valence(w) != null);
        int n = tokens.size();
        if (n == 0) {
            return 0;
        }
        String[] lower = new String[n];
        Double[] lex = new Double[n];
        int upper = 0;
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
            lex[i] = rules.valence(lower[i]);
            if (isUpper(tokens.get(i))) {
                upper++;
            }
        }
        if (rules.language == Language.ES) {
            for (int i = 0; i + 1 < n; i++) {
                if (lower[i].equals("sin") && lower[i + 1].equals("embargo")) {
                    lower[i] = "";
                    lex[i] = null;
                }
            }
        }
        int[] mod = new int[n];
        for (int i = 0; i < n; i++) {
            mod[i] = rules.modifiers(lower[i]);
        }
        boolean capDiff = upper > 0 && upper < n;
        double[] sentiments = new double[n];
        for (int i = 0; i < n; i++) {
            if ((mod[i] & (RuleSet.BOOSTER | RuleSet.DAMPENER)) != 0) {
                continue;
            }
            if (english && i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of")) {
                continue;
            }
            sentiments[i] = valence(tokens, lower, lex, mod, i, capDiff);
        }
        if (english) {
            vaderButCheck(lower, sentiments);
        } else {
            butCheck(mod, sentiments);
        }
        double sum = 0;
        for (double s : sentiments) {
            sum += s;
        }
        double punct = punctuation(text);
        if (sum > 0) {
            sum += punct;
        } else if (sum < 0) {
            sum -= punct;
        }
        return sum;
    }

    private double valence(List<String> tokens, String[] lower, Double[] lexicon, int[] mod, int i, boolean capDiff) {
        Double lex = lexicon[i];
        if (lex == null) {
            return 0;
        }
        int n = lower.length;
        double valence = lex;
        if (english) {
            if (lower[i].equals("no") && i != n - 1 && lexicon[i + 1] != null) {
                valence = 0;
            }
            if (i > 0 && lower[i - 1].equals("no") || i > 1 && lower[i - 2].equals("no")
                    || i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor"))) {
                valence = lex * N_SCALAR;
            }
        }
        if (capDiff && isUpper(tokens.get(i))) {
            valence += valence > 0 ? C_INCR : -C_INCR;
        }
        boolean negatedOnce = false;
        for (int start = 0; start < 3; start++) {
            int j = i - (start + 1);
            if (j >= 0 && lexicon[j] == null) {
                double s = scalar(tokens.get(j), mod[j], valence, capDiff);
                if (start == 1) {
                    s *= 0.95;
                } else if (start == 2) {
                    s *= 0.9;
                }
                valence += s;
                double before = valence;
                valence = negation(valence, lower, mod, start, i, negatedOnce);
                negatedOnce |= !english && valence != before && Math.signum(valence) != Math.signum(before);
                if (english && start == 2) {
                    valence = EnglishIdioms.check(valence, lower, i);
                }
            }
        }
        if (english) {
            valence = least(valence, lower, lexicon, i);
        }
        if (i + 1 < n && (mod[i + 1] & RuleSet.POST_NEGATOR) != 0) {
            valence *= N_SCALAR;
        }
        return valence;
    }

    private double scalar(String word, int mod, double valence, boolean capDiff) {
        double b = (mod & RuleSet.BOOSTER) != 0 ? RuleSet.BOOST : (mod & RuleSet.DAMPENER) != 0 ? -RuleSet.BOOST : 0;
        if (b == 0) {
            return 0;
        }
        double s = valence < 0 ? -b : b;
        if (capDiff && isUpper(word)) {
            s += valence > 0 ? C_INCR : -C_INCR;
        }
        return s;
    }

    /**
     * VADER's negation check for the word {@code start + 1} places before the lexicon word. Outside
     * English a second negator does not cancel the first ("no tengo ninguna queja", "senki nem"):
     * Spanish and Hungarian use negative concord, so {@code negatedOnce} stops a second flip.
     */
    private double negation(double valence, String[] w, int[] mod, int start, int i, boolean negatedOnce) {
        if (negatedOnce) {
            return valence;
        }
        if (start == 0) {
            return negated(w[i - 1], mod[i - 1]) ? valence * N_SCALAR : valence;
        }
        if (start == 1) {
            if (english && w[i - 2].equals("never") && (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
                return valence * 1.25;
            }
            if (english && w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
                return valence;
            }
            return negated(w[i - 2], mod[i - 2]) ? valence * N_SCALAR : valence;
        }
        if (english && (w[i - 3].equals("never") && (w[i - 2].equals("so") || w[i - 2].equals("this"))
                || w[i - 1].equals("so") || w[i - 1].equals("this"))) {
            return valence * 1.25;
        }
        if (english && w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
            return valence;
        }
        return negated(w[i - 3], mod[i - 3]) ? valence * N_SCALAR : valence;
    }

    private boolean negated(String lower, int mod) {
        return (mod & RuleSet.NEGATOR) != 0 || english && lower.contains("n't");
    }

    private double least(double valence, String[] w, Double[] lexicon, int i) {
        if (i > 1 && lexicon[i - 1] == null && w[i - 1].equals("least")) {
            if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) {
                return valence * N_SCALAR;
            }
        } else if (i > 0 && lexicon[i - 1] == null && w[i - 1].equals("least")) {
            return valence * N_SCALAR;
        }
        return valence;
    }

    /**
     * VADER's "but" check exactly as vaderSentiment 3.3.2 runs it: for each position it takes the
     * current value, finds the FIRST position holding an equal value and scales that one (×0.5
     * before the first "but", ×1.5 after it). With repeated values this scales a different word
     * than the one at hand (a quirk of Python's list.index), and the published scores include it.
     */
    private static void vaderButCheck(String[] lower, double[] sentiments) {
        int bi = -1;
        for (int i = 0; i < lower.length; i++) {
            if (lower[i].equals("but")) {
                bi = i;
                break;
            }
        }
        if (bi < 0) {
            return;
        }
        for (int k = 0; k < sentiments.length; k++) {
            double v = sentiments[k];
            int si = 0;
            while (sentiments[si] != v) {
                si++;
            }
            if (si < bi) {
                sentiments[si] = v * 0.5;
            } else if (si > bi) {
                sentiments[si] = v * 1.5;
            }
        }
    }

    private void butCheck(int[] mod, double[] sentiments) {
        int bi = -1;
        for (int i = 0; i < mod.length; i++) {
            if ((mod[i] & RuleSet.CONTRAST) != 0) {
                bi = i;
                break;
            }
        }
        if (bi < 0) {
            return;
        }
        for (int i = 0; i < sentiments.length; i++) {
            if (i < bi) {
                sentiments[i] *= 0.5;
            } else if (i > bi) {
                sentiments[i] *= 1.5;
            }
        }
    }

    private static double punctuation(String text) {
        int ep = 0;
        int qm = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '！') {
                ep++;
            } else if (c == '?' || c == '？') {
                qm++;
            }
        }
        double amp = Math.min(ep, 4) * 0.292;
        if (qm > 1) {
            amp += qm <= 3 ? qm * 0.18 : 0.96;
        }
        return amp;
    }

    /** Python's str.isupper(): at least one cased character and no lower-case one. */
    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

}
