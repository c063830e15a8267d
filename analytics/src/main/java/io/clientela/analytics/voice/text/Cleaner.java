package io.clientela.analytics.voice.text;

import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * Makes raw feedback safe to analyse: strips HTML markup and decodes entities (Lucene's
 * {@link HTMLStripCharFilter}, only when the text looks like markup), replaces control characters by
 * spaces, and bounds the analysed text to {@link #MAX_CHARS} characters (cut at a space, never
 * inside a surrogate pair) so a 100 KB paste costs no more than a long review.
 */
public final class Cleaner {
    /** Characters analysed per response; the rest is kept by the caller but not read. */
    public static final int MAX_CHARS = 20_000;
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");

    private Cleaner() {
    }

    /** The cleaned text of {@code raw}; {@code null} is treated as empty. */
    public static CleanText clean(String raw) {
        if (raw == null) {
            return new CleanText("", 0, false, false);
        }
        int originalLength = raw.length();
        String s = raw;
        boolean truncated = false;
        if (s.length() > 4 * MAX_CHARS) {
            s = s.substring(0, 4 * MAX_CHARS);
        }
        boolean html = (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) && MARKUP.matcher(s).find();
        if (html) {
            s = stripHtml(s);
        }
        s = controlsToSpaces(s);
        if (s.length() > MAX_CHARS) {
            s = cut(s, MAX_CHARS);
            truncated = true;
        } else if (originalLength > 4 * MAX_CHARS) {
            truncated = true;
        }
        return new CleanText(s, originalLength, html, truncated);
    }

    private static String stripHtml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char[] buf = new char[1024];
        try (HTMLStripCharFilter f = new HTMLStripCharFilter(new StringReader(s))) {
            for (int n; (n = f.read(buf)) > 0; ) {
                out.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static String controlsToSpaces(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7f || c == '\u2028' || c == '\u2029') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }

    private static String cut(String s, int max) {
        int end = max;
        int space = s.lastIndexOf(' ', max);
        if (space > max - 200) {
            end = space;
        } else if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
