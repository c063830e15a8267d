package io.clientela.analytics.voice.sentiment;

import java.util.Map;

/**
 * VADER's special-case idioms (Hutto & Gilbert 2014; vaderSentiment 3.3.2's special-case list and
 * its multi-word booster entries): when a lexicon word is read with three words before it, an idiom
 * of up to three words that ends at, spans or starts with it replaces its valence ("the shit" 3,
 * "yeah right" -2, "broken heart" -2.9 …), and a "kind of", "sort of" or "just enough" among the
 * words before it lowers it by 0.293 whatever its sign, as VADER does.
 */
final class EnglishIdioms {
    private static final Map<String, Double> SPECIAL = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "bus stop", 0.0,
            "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0, "beating heart", 3.1, "broken heart", -2.9);
    private static final Map<String, Double> BOOSTER_PHRASES = Map.of("kind of", -RuleSet.BOOST, "sort of", -RuleSet.BOOST,
            "just enough", -RuleSet.BOOST);

    /** Every word of the idioms above: an idiom can only match where two adjacent words are among them. */
    private static final java.util.Set<String> WORDS = java.util.Set.of("the", "shit", "bomb", "bad", "ass", "bus", "stop", "yeah", "right", "kiss",
            "of", "death", "to", "die", "for", "beating", "heart", "broken", "kind", "sort", "just", "enough");

    private EnglishIdioms() {
    }

    private static boolean possible(String[] w, int i) {
        boolean before = false;
        for (int k = i - 3; k <= Math.min(i + 2, w.length - 1); k++) {
            boolean in = WORDS.contains(w[k]);
            if (in && before) {
                return true;
            }
            before = in;
        }
        return false;
    }

    /** The valence of the lexicon word at {@code i} (with {@code i >= 3}) after VADER's idiom check over the lower-cased words {@code w}. */
    static double check(double valence, String[] w, int i) {
        if (!possible(w, i)) {
            return valence;
        }
        String oneZero = w[i - 1] + " " + w[i];
        String twoOneZero = w[i - 2] + " " + w[i - 1] + " " + w[i];
        String twoOne = w[i - 2] + " " + w[i - 1];
        String threeTwoOne = w[i - 3] + " " + w[i - 2] + " " + w[i - 1];
        String threeTwo = w[i - 3] + " " + w[i - 2];
        for (String seq : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
            Double v = SPECIAL.get(seq);
            if (v != null) {
                valence = v;
                break;
            }
        }
        if (w.length - 1 > i) {
            Double v = SPECIAL.get(w[i] + " " + w[i + 1]);
            if (v != null) {
                valence = v;
            }
        }
        if (w.length - 1 > i + 1) {
            Double v = SPECIAL.get(w[i] + " " + w[i + 1] + " " + w[i + 2]);
            if (v != null) {
                valence = v;
            }
        }
        for (String gram : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Double b = BOOSTER_PHRASES.get(gram);
            if (b != null) {
                valence += b;
            }
        }
        return valence;
    }
}
