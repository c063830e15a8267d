package io.clientela.action.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads SnakeYAML nodes, which keep their position, and fails with the file, line and column of a bad value. */
final class Yamls {
    private final String file;
    private final String text;

    Yamls(String file, String text) {
        this.file = file;
        this.text = text;
    }

    RuleFileException error(Node node, String problem) {
        Mark m = node.getStartMark();
        return new RuleFileException(file, m.getLine() + 1, m.getColumn() + 1, problem);
    }

    RuleFileException error(int line, int column, String problem) {
        return new RuleFileException(file, line, column, problem);
    }

    /** The keys of a mapping in order; unknown or repeated keys are errors at the key. */
    Map<String, Node> map(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping (key: value lines)");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key in " + what);
            if (allowed != null && !allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + "; expected one of " + String.join(", ", allowed));
            }
            if (out.containsKey(key)) {
                throw error(t.getKeyNode(), "key '" + key + "' appears twice in " + what);
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        throw error(node, what + " must be a list (lines starting with '- ')");
    }

    String scalar(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(node, what + " must be a single value, not a " + (node instanceof MappingNode ? "mapping" : "list"));
    }

    /** Line and column (both from 1) of offset {@code offset} inside a scalar's value. */
    int[] position(ScalarNode node, int offset) {
        Mark m = node.getStartMark();
        int line = m.getLine();
        int column = m.getColumn();
        String value = node.getValue();
        switch (node.getScalarStyle()) {
            case LITERAL, FOLDED -> {
                // the content starts on the next line, indented
                String[] lines = text.split("\n", -1);
                int contentLine = line + 1;
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
                return new int[] {line + 1, column + 2 + offset};
            }
            default -> {
                return new int[] {line + 1, column + 1 + offset};
            }
        }
    }
}
