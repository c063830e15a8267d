package io.clientela.analytics.voice.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a response into sentences at . ! ? (and their full-width forms 。！？), ; ；… and line
 * breaks, keeping the punctuation with its sentence (sentiment reads "!!!"). Runs of punctuation
 * stay together, so ":)" or "..." do not start empty sentences.
 */
public final class Sentences {
    private Sentences() {
    }

    /** The non-blank sentences of {@code text}, stripped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (end(c) && !(c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)) && i > 0 && Character.isDigit(text.charAt(i - 1)))) {
                int j = i + 1;
                while (j < n && (end(text.charAt(j)) || text.charAt(j) == ')' || text.charAt(j) == '"')) {
                    j++;
                }
                if (c == '\n' || j >= n || Character.isWhitespace(text.charAt(j)) || wide(c)) {
                    add(out, text, start, j);
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean end(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || wide(c);
    }

    private static boolean wide(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '…';
    }

    private static void add(List<String> out, String text, int from, int to) {
        String s = text.substring(from, to).strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
