package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.voice.text.Language;
import java.util.Arrays;
import java.util.Locale;

/**
 * Hashed features of a text for {@link LinearModel}: word unigrams and bigrams (words after a
 * negator marked as negated for three words), five-letter prefixes of long Spanish and Hungarian
 * words (a cheap stem), Han character unigrams, bigrams and trigrams for Chinese; words after a
 * contrast word weigh 1.3, before it 0.7; plus the {@link RuleScorer} score and a bias. The vector
 * is scaled to unit length over the sparse part.
 */
final class Features {
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile(
            "[^\\p{L}\\p{N}'\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]+");
    static final int RULE = 0;
    static final int BIAS = 1;
    private final int bits;
    private final int mask;

    Features(int bits) {
        if (bits < 10 || bits > 26) {
            throw new IllegalArgumentException("bits must be in [10, 26], was " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
    }

    int bits() {
        return bits;
    }

    /** Sparse vector: indices and values, the first {@code size} entries used. */
    static final class Vector {
        int[] index = new int[64];
        float[] value = new float[64];
        int size;

        void add(int i, float v) {
            if (size == index.length) {
                index = Arrays.copyOf(index, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            index[size] = i;
            value[size++] = v;
        }
    }

    Vector extract(String text, RuleSet rules, double ruleScore) {
        Vector v = new Vector();
        v.add(RULE, (float) (2 * ruleScore));
        v.add(BIAS, 1f);
        if (rules.language == Language.ZH) {
            chinese(text, rules, v);
        } else {
            words(text, rules, v);
        }
        double norm = 0;
        for (int i = 2; i < v.size; i++) {
            norm += v.value[i] * v.value[i];
        }
        if (norm > 0) {
            float s = (float) (1 / Math.sqrt(norm));
            for (int i = 2; i < v.size; i++) {
                v.value[i] *= s;
            }
        }
        return v;
    }

    private void words(String text, RuleSet rules, Vector v) {
        String[] w = WORD_BREAK.split(text.toLowerCase(Locale.ROOT));
        boolean stems = rules.language == Language.ES || rules.language == Language.HU;
        int contrastAt = -1;
        for (int i = 0; i < w.length; i++) {
            if (rules.contrast.contains(w[i])) {
                contrastAt = i;
                break;
            }
        }
        int negatedUntil = -1;
        int prev = 0x9E3779B9;
        for (int i = 0; i < w.length; i++) {
            String t = w[i];
            if (t.isEmpty()) {
                continue;
            }
            float weight = contrastAt < 0 ? 1f : i < contrastAt ? 0.7f : i > contrastAt ? 1.3f : 1f;
            int neg = i <= negatedUntil ? 0x5bd1e995 : 0;
            int h = t.hashCode();
            v.add(slot(h ^ neg), weight);
            v.add(slot(prev * 31 + h + 0x27d4eb2d), weight);
            if (stems && t.length() >= 6) {
                v.add(slot(t.substring(0, 5).hashCode() * 0x85ebca6b ^ neg + 7), weight);
            }
            prev = h;
            if (rules.negators.contains(t) || t.endsWith("n't")) {
                negatedUntil = i + 3;
            }
        }
    }

    /**
     * Han character uni-, bi- and trigrams. Characters after the last contrast word (但是, 不过, 可是 …)
     * weigh {@value #AFTER_CONTRAST}, those before it {@value #BEFORE_CONTRAST}; unigrams and bigrams
     * up to three characters after a negator (不, 没, 别 …) in the same clause are hashed as negated
     * ones; the unigrams and bigrams of the last clause are added once more under their own hash, as
     * the end of a Chinese review usually carries its verdict; a degree word (很, 非常, 有点 …)
     * marks the next character as intensified or dampened.
     */
    private void chinese(String text, RuleSet rules, Vector v) {
        int n = text.length();
        int contrastEnd = -1;
        for (String c : rules.contrast) {
            int at = text.lastIndexOf(c);
            if (at >= 0 && at + c.length() > contrastEnd && !(c.equals("但") && at > 0 && text.charAt(at - 1) == '不')) {
                contrastEnd = at + c.length();
            }
        }
        int lastClause = 0;
        for (int i = n - 1; i > 0; i--) {
            if (clauseBreak(text.charAt(i - 1)) && i < n && !clauseBreak(text.charAt(i)) && hasLetter(text, i)) {
                lastClause = i;
                break;
            }
        }
        int a = 0;
        int b = 0;
        int seen = 0;
        int negatedUntil = -1;
        int degree = 0;
        int degreeAt = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (clauseBreak(c)) {
                negatedUntil = -1;
                degreeAt = -1;
            }
            float w = contrastEnd < 0 ? 1f : i < contrastEnd ? BEFORE_CONTRAST : AFTER_CONTRAST;
            int neg = i <= negatedUntil ? 0x5bd1e995 : 0;
            v.add(slot(c * 0x9E3779B1 ^ neg), w);
            if (seen >= 1) {
                v.add(slot((b * 65599 + c) * 0x85ebca6b + 1 ^ neg), w);
            }
            if (seen >= 2) {
                v.add(slot(((a * 65599 + b) * 65599 + c) * 0xc2b2ae35 + 2), w);
            }
            if (i >= lastClause && lastClause > 0) {
                v.add(slot(c * 0x27d4eb2f + 3), w);
                if (seen >= 1) {
                    v.add(slot((b * 65599 + c) * 0x165667b1 + 4), w);
                }
            }
            if (degreeAt >= 0 && i > degreeAt) {
                v.add(slot((degree * 65599 + c) * 0x61c88647 + 5), w);
                degreeAt = -1;
            }
            for (int len = Math.min(4, n - i); len >= 1; len--) {
                int m = rules.modifiers(text.substring(i, i + len));
                if ((m & RuleSet.NEGATOR) != 0) {
                    negatedUntil = i + len + 2;
                    break;
                }
                if ((m & (RuleSet.BOOSTER | RuleSet.DAMPENER)) != 0) {
                    degree = (m & RuleSet.BOOSTER) != 0 ? 1 : 2;
                    degreeAt = i + len - 1;
                    break;
                }
            }
            a = b;
            b = c;
            seen++;
        }
    }

    private static final float BEFORE_CONTRAST = 0.6f;
    private static final float AFTER_CONTRAST = 1.4f;

    private static boolean clauseBreak(char c) {
        return "，。！？；、,.!?;~～…\n".indexOf(c) >= 0;
    }

    private static boolean hasLetter(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int slot(int h) {
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        int s = h & mask;
        return s < 2 ? s + 2 : s;
    }
}
