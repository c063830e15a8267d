package io.clientela.action.rule;

import java.util.List;

/**
 * A value of a rule file with where it starts (line and column from 1, as an editor counts them):
 * a scalar, a mapping or a sequence. {@link YamlTree} builds it from Jackson's YAML token stream,
 * so every mistake found later in a rule can still be reported at its place in the file.
 */
sealed interface YamlNode {
    int line();

    int column();

    /** How a scalar was written; a condition's offsets map to line and column differently in each. */
    enum Style {
        PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED
    }

    /** A single value as text ({@code ""} for an empty one), whatever YAML type it would resolve to. */
    record Scalar(String value, Style style, int line, int column) implements YamlNode {
    }

    /** Key: value pairs in the order written (repeated keys included: the reader reports them). */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    /** One pair of a mapping. */
    record Entry(Scalar key, YamlNode value) {
    }

    /** A list ({@code - } lines or {@code [...]}). */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }
}
