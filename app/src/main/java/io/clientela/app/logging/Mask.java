package io.clientela.app.logging;

import java.util.regex.Pattern;

/**
 * Takes the values out of a message before it is logged. Clientela's messages, DuckDB's and the
 * JDK's quote the value they are about ({@code Could not convert string 'ann@example.com' to INT32},
 * {@code field 'email': expected ...}), and DuckDB echoes a whole bad input after {@code Input:}; in
 * a log those values could be anybody's personal data, so each quoted text becomes {@code '…'}, an
 * echoed input {@code Input: …}, and the query of a URL a library names ({@code /path?q=ann}) {@code ?…}.
 * What is left says what failed and where.
 */
final class Mask {
    /** DuckDB's echo of the input it could not read, to the end of the line. */
    private static final Pattern INPUT = Pattern.compile("(?m)\\bInput: .*$");
    /** A quoted text within a line; a quote inside a word (an apostrophe) neither opens nor closes one. */
    /** The query string of a path or URL (searches and e-mails travel there); a SQL placeholder stands after a blank or a bracket. */
    private static final Pattern QUERY = Pattern.compile("(?<=[\\w/.-])\\?[^\\s'\"<>]+");
    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])(['\"])(?:(?!\\1).|\\1(?=[\\p{L}\\p{N}]))*?\\1(?![\\p{L}\\p{N}])");

    private Mask() {
    }

    static String text(String s) {
        if (s == null || s.indexOf('\'') < 0 && s.indexOf('"') < 0 && s.indexOf('?') < 0 && !s.contains("Input: ")) {
            return s;
        }
        String masked = QUOTED.matcher(INPUT.matcher(s).replaceAll("Input: …")).replaceAll("$1…$1");
        return QUERY.matcher(masked).replaceAll("?…");
    }
}
