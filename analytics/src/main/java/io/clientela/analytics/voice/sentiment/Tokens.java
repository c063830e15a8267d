package io.clientela.analytics.voice.sentiment;

import java.util.ArrayList;
import java.util.List;

/** The tokens the rules read: VADER's split for alphabetic languages, longest lexicon match for Chinese. */
final class Tokens {
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private Tokens() {
    }

    /**
     * Words and emoticons split at white space, as VADER does: punctuation is stripped from both ends
     * unless fewer than three characters would remain (so ":)" and "ok" stay as they are); emoji are
     * split off as tokens of their own and lose their variation selector.
     */
    static List<String> latin(String text) {
        return latin(text, w -> false);
    }

    /**
     * As {@link #latin(String)}, but a short word keeps its punctuation only when it is itself in the
     * lexicon ("ok," and "jó," are read as "ok" and "jó"; ":)" stays).
     */
    static List<String> latin(String text, java.util.function.Predicate<String> known) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n; ) {
            int c = text.codePointAt(i);
            int len = Character.charCount(c);
            if (Character.isWhitespace(c) || c == 0xFE0F || emoji(c)) {
                if (start >= 0) {
                    add(out, text.substring(start, i), known);
                    start = -1;
                }
                if (emoji(c)) {
                    out.add(new String(Character.toChars(c)));
                }
            } else if (start < 0) {
                start = i;
            }
            i += len;
        }
        if (start >= 0) {
            add(out, text.substring(start), known);
        }
        return out;
    }

    private static void add(List<String> out, String token, java.util.function.Predicate<String> known) {
        int a = 0;
        int b = token.length();
        while (a < b && PUNCTUATION.indexOf(token.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && PUNCTUATION.indexOf(token.charAt(b - 1)) >= 0) {
            b--;
        }
        boolean keep = b - a == 0 || b - a <= 2 && (b - a == token.length() || known.test(token.toLowerCase(java.util.Locale.ROOT)));
        out.add(keep ? token : token.substring(a, b));
    }

    /** Emoji and pictographs (and ❤ ☹ ⭐ ✅ ❌ ✨ in the BMP). */
    static boolean emoji(int c) {
        return c >= 0x1F300 && c <= 0x1FAFF || c >= 0x2600 && c <= 0x27BF || c == 0x2B50;
    }

    /**
     * Chinese text as the longest words of the rule set found left to right (at most eight
     * characters); other characters are one-character tokens, Latin
     * words and emoji are split as in {@link #latin}.
     */
    static List<String> chinese(String text, RuleSet rules) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c < 0x2E80 || Character.isSurrogate(c)) {
                int j = i;
                while (j < n && text.charAt(j) < 0x2E80 && !Character.isWhitespace(text.charAt(j)) || j < n && Character.isSurrogate(text.charAt(j))) {
                    j++;
                }
                out.addAll(latin(text.substring(i, Math.max(j, i + 1)), w -> rules.valence(w) != null));
                i = Math.max(j, i + 1);
                continue;
            }
            int len = Math.max(1, Math.min(rules.longestFrom(c), n - i));
            while (len > 1 && !rules.isWord(text.substring(i, i + len))) {
                len--;
            }
            out.add(text.substring(i, i + len));
            i += len;
        }
        return out;
    }
}
