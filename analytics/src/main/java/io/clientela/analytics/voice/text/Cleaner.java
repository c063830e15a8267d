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
            String plain = s.indexOf('<') < 0 ? entitiesOnly(s) : null;
            s = plain != null ? plain : stripHtml(s);
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

    /**
     * Text whose only markup is the common character references (&amp; &lt; &gt; &quot; &apos; &#39;
     * &nbsp; and numeric ones), as in many tweets, decoded without starting the HTML filter; {@code null}
     * when another named reference occurs, so the filter decides.
     */
    static String entitiesOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i + 1) : -1;
            if (semi < 0 || semi - i > 10) {
                b.append(c);
                i++;
                continue;
            }
            String name = s.substring(i + 1, semi);
            int cp = switch (name) {
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "apos" -> '\'';
                case "nbsp" -> ' ';
                default -> numeric(name);
            };
            if (cp == -2) {
                return null;
            }
            if (cp < 0) {
                b.append(c);
                i++;
                continue;
            }
            b.appendCodePoint(cp);
            i = semi + 1;
        }
        return b.toString();
    }

    /** The code point of "#123" or "#x7B"; -1 when {@code name} is no reference at all, -2 for a named one this fast path does not know. */
    private static int numeric(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return parse(name.substring(2), 16);
        }
        if (name.startsWith("#")) {
            return parse(name.substring(1), 10);
        }
        return name.matches("[a-zA-Z]{2,8}") ? -2 : -1;
    }

    private static int parse(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) && cp != 0 ? cp : -2;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String stripHtml(String s) {
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
