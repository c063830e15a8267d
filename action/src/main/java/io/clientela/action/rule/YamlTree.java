package io.clientela.action.rule;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.clientela.core.FaultException;
import io.clientela.store.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a rule file into a {@link YamlNode} tree from the token stream of Jackson's
 * {@link YAMLParser} (the one YAML library of Clientela, configured in {@link Json#YAML}): every
 * token carries its line and column; how a scalar was written is read from the text where it starts
 * (after any anchor or tag). Anchors and aliases are resolved. A YAML syntax error is reported as
 * {@code YAML syntax error: ...} where the YAML reader found it.
 */
final class YamlTree {
    /** A position in the YAML reader's message: {@code  in 'reader', line 4, column 14:}. */
    private static final Pattern MARK = Pattern.compile("^ in '.*', line (\\d+), column (\\d+):$");
    /** The types of the YAML 1.1 type repository: any other {@code !!type} tag is refused, as a safe YAML reader does. */
    private static final Set<String> STANDARD_TAGS = Set.of("yaml", "merge", "set", "pairs", "omap", "binary", "int", "float", "timestamp", "bool",
            "null", "str", "seq", "map").stream().map(t -> "tag:yaml.org,2002:" + t).collect(Collectors.toUnmodifiableSet());
    private final Yamls y;
    private final YAMLParser parser;
    private final Map<Object, YamlNode> anchors = new HashMap<>();

    private YamlTree(Yamls y, YAMLParser parser) {
        this.y = y;
        this.parser = parser;
    }

    /** The document's root; null when the text holds no document (empty, or comments only). */
    static YamlNode read(Yamls y, String text) {
        try (YAMLParser p = ((YAMLFactory) Json.YAML.getFactory()).createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            YamlTree tree = new YamlTree(y, p);
            YamlNode root = tree.node(first);
            // a further document is refused where it starts, before anything in it is read
            JsonLocation end = p.currentLocation();
            int next = y.nextDocument(end.getLineNr(), end.getColumnNr());
            if (next == 0 && p.nextToken() != null) {
                next = p.currentTokenLocation().getLineNr();
            }
            if (next > 0) {
                throw y.error(next, 1, "YAML syntax error: expected a single document in the stream, but found another document");
            }
            return root;
        } catch (JacksonYAMLParseException e) {
            throw syntaxError(y, e);
        } catch (JsonProcessingException e) {
            // Jackson's own refusals: a key that is not a single value, or a file beyond its size and depth limits
            JsonLocation at = e.getLocation();
            String problem = String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")
                    ? "a key must be a single value, not a list, a mapping or an alias" : "the file is too large or too deeply nested to be a rule file";
            throw y.error(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), "YAML syntax error: " + problem);
        } catch (IOException e) {
            throw new FaultException("cannot read the rule file " + y.file() + " from memory: " + e.getMessage(), e);
        }
    }

    private YamlNode node(JsonToken token) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        Object anchor = parser.getObjectId();
        Object tag = parser.getTypeId();
        if (tag instanceof String t && t.startsWith("tag:") && !STANDARD_TAGS.contains(t)) {
            throw y.error(line, column, "YAML syntax error: Global tag is not allowed: " + t);
        }
        YamlNode n;
        if (token == JsonToken.START_OBJECT) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                JsonLocation k = parser.currentTokenLocation();
                YamlNode.Scalar key = new YamlNode.Scalar(parser.currentName(), y.style(k.getLineNr(), k.getColumnNr()), k.getLineNr(), k.getColumnNr());
                entries.add(new YamlNode.Entry(key, node(parser.nextToken())));
            }
            n = new YamlNode.Mapping(entries, line, column);
        } else if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                items.add(node(t));
            }
            n = new YamlNode.Sequence(items, line, column);
        } else if (parser.isCurrentAlias()) {
            n = anchors.get(parser.getText());
            if (n == null) {
                throw y.error(line, column, "YAML syntax error: found undefined alias " + parser.getText());
            }
            return n;
        } else {
            n = new YamlNode.Scalar(parser.getText(), y.style(line, column), line, column);
        }
        if (anchor != null) {
            anchors.put(anchor, n);
        }
        return n;
    }

    /**
     * The YAML reader's own words and place. Its message lists what it was doing (when it says)
     * and the problem, each followed by the position and a snippet of the line; the problem's
     * position is the last one given.
     */
    private static RuleFileException syntaxError(Yamls y, JacksonYAMLParseException e) {
        List<String> words = new ArrayList<>();
        int line = 1;
        int column = 1;
        for (String l : String.valueOf(e.getOriginalMessage()).split("\n")) {
            Matcher m = MARK.matcher(l);
            if (m.matches()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            } else if (!l.isBlank() && !l.startsWith(" ")) {
                words.add(l.strip());
            }
        }
        return y.error(line, column, "YAML syntax error: " + String.join(", ", words));
    }
}
