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
            chinese(text, v);
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

    private void chinese(String text, Vector v) {
        int a = 0;
        int b = 0;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            v.add(slot(c * 0x9E3779B1), 1f);
            if (n >= 1) {
                v.add(slot((b * 65599 + c) * 0x85ebca6b + 1), 1f);
            }
            if (n >= 2) {
                v.add(slot(((a * 65599 + b) * 65599 + c) * 0xc2b2ae35 + 2), 1f);
            }
            a = b;
            b = c;
            n++;
        }
    }

    private int slot(int h) {
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        int s = h & mask;
        return s < 2 ? s + 2 : s;
    }
}
