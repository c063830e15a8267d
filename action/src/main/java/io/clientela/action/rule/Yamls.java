package io.clientela.action.rule;

import io.clientela.action.rule.YamlNode.Mapping;
import io.clientela.action.rule.YamlNode.Scalar;
import io.clientela.action.rule.YamlNode.Sequence;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link YamlNode}s of one rule file and fails with the file, line and column of a bad value. */
final class Yamls {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w)");
    private final String file;
    private final String[] lines;

    Yamls(String file, String text) {
        this.file = file;
        this.lines = LINE_BREAK.split(text, -1);
    }

    String file() {
        return file;
    }

    RuleFileException error(YamlNode node, String problem) {
        return new RuleFileException(file, node.line(), node.column(), problem);
    }

    RuleFileException error(int line, int column, String problem) {
        return new RuleFileException(file, line, column, problem);
    }

    /** The keys of a mapping in order; unknown or repeated keys are errors at the key. */
    Map<String, YamlNode> map(YamlNode node, String what, Set<String> allowed) {
        if (!(node instanceof Mapping m)) {
            throw error(node, what + " must be a mapping (key: value lines)");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries()) {
            String key = e.key().value();
            if (allowed != null && !allowed.contains(key)) {
                throw error(e.key(), "unknown key '" + key + "' in " + what + "; expected one of " + String.join(", ", allowed));
            }
            if (out.containsKey(key)) {
                throw error(e.key(), "key '" + key + "' appears twice in " + what);
            }
            out.put(key, e.value());
        }
        return out;
    }

    List<YamlNode> list(YamlNode node, String what) {
        if (node instanceof Sequence s) {
            return s.items();
        }
        throw error(node, what + " must be a list (lines starting with '- ')");
    }

    String scalar(YamlNode node, String what) {
        if (node instanceof Scalar s) {
            return s.value();
        }
        throw error(node, what + " must be a single value, not a " + (node instanceof Mapping ? "mapping" : "list"));
    }

    Duration duration(YamlNode n) {
        String s = scalar(n, "a duration").strip();
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            throw error(n, "'" + s + "' is not a duration; write a number with ms, s, m, h, d or w, as in 7d");
        }
        double v = Double.parseDouble(m.group(1));
        long ms = Math.round(v * switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            case "d" -> 86_400_000;
            default -> 7 * 86_400_000L;
        });
        return Duration.ofMillis(ms);
    }

    int integer(YamlNode n) {
        String s = scalar(n, "a number");
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw error(n, "expected a whole number, found '" + s + "'");
        }
    }

    /** Line and column (both from 1) of offset {@code offset} inside a scalar's value. */
    int[] position(Scalar node, int offset) {
        String value = node.value();
        switch (node.style()) {
            case LITERAL, FOLDED -> {
                // the content starts on the next line, indented
                int contentLine = node.line();
                int indent = 0;
                if (contentLine < lines.length) {
                    String l = lines[contentLine];
                    while (indent < l.length() && l.charAt(indent) == ' ') {
                        indent++;
                    }
                }
                int before = 0;
                int lastNl = -1;
                for (int i = 0; i < Math.min(offset, value.length()); i++) {
                    if (value.charAt(i) == '\n') {
                        before++;
                        lastNl = i;
                    }
                }
                return new int[] {contentLine + before + 1, indent + (offset - lastNl - 1) + 1};
            }
            case DOUBLE_QUOTED, SINGLE_QUOTED -> {
                return new int[] {node.line(), node.column() + 1 + offset};
            }
            default -> {
                return new int[] {node.line(), node.column() + offset};
            }
        }
    }

    /** How the scalar starting at line and column (from 1) was written: its first character after any anchor or tag. */
    YamlNode.Style style(int line, int column) {
        if (line < 1 || line > lines.length) {
            return YamlNode.Style.PLAIN;
        }
        int l = line - 1;
        String text = lines[l];
        int i = text.offsetByCodePoints(0, Math.min(Math.max(0, column - 1), text.codePointCount(0, text.length())));
        while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
            // an anchor ends at a space or an indicator, a tag at a space; the value may follow on a later line
            boolean anchor = text.charAt(i) == '&';
            while (i < text.length() && text.charAt(i) != ' ' && !(anchor && ":,[]{}".indexOf(text.charAt(i)) >= 0)) {
                i++;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            while (i == text.length() && l + 1 < lines.length) {
                text = lines[++l];
                i = text.length() - text.stripLeading().length();
            }
        }
        char c = i < text.length() ? text.charAt(i) : ' ';
        return switch (c) {
            case '"' -> YamlNode.Style.DOUBLE_QUOTED;
            case '\'' -> YamlNode.Style.SINGLE_QUOTED;
            case '|' -> YamlNode.Style.LITERAL;
            case '>' -> YamlNode.Style.FOLDED;
            default -> YamlNode.Style.PLAIN;
        };
    }

    /** The {@code ---} line that starts a further document after line and column (from 1); 0 when the text shows none. */
    int nextDocument(int line, int column) {
        for (int l = line; l >= 1 && l <= lines.length; l++) {
            String text = lines[l - 1];
            String rest = l == line ? text.substring(Math.min(text.length(), Math.max(0, column - 1))) : text;
            if (rest.isBlank() || rest.strip().startsWith("#") || marker(text, "...")) {
                continue;
            }
            return marker(text, "---") ? l : 0;
        }
        return 0;
    }

    private static boolean marker(String line, String marker) {
        return line.startsWith(marker) && (line.length() == 3 || Character.isWhitespace(line.charAt(3)));
    }
}
