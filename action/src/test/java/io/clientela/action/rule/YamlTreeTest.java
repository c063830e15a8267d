package io.clientela.action.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.action.rule.YamlNode.Mapping;
import io.clientela.action.rule.YamlNode.Scalar;
import io.clientela.action.rule.YamlNode.Sequence;
import io.clientela.action.rule.YamlNode.Style;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

    private static YamlNode read(String text) {
        return YamlTree.read(new Yamls("r.yaml", text), text);
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(RuleFileException.class).hasMessage(message);
    }

    @Test
    void every_node_keeps_where_it_starts_and_every_scalar_how_it_was_written() {
        Mapping root = (Mapping) read("""
                a: plain
                b: "double"
                c: 'single'
                d: |
                  literal
                e: >
                  folded
                f: [1, {g: h}]
                """);
        assertThat(root.entries()).extracting(e -> e.key().value(), e -> e.value().line(), e -> e.value().column(), e -> ((Object) (e.value()
                instanceof Scalar s ? s.style() : "collection"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", 1, 4, Style.PLAIN), org.assertj.core.groups.Tuple.tuple("b", 2, 4, Style.DOUBLE_QUOTED),
                org.assertj.core.groups.Tuple.tuple("c", 3, 4, Style.SINGLE_QUOTED), org.assertj.core.groups.Tuple.tuple("d", 4, 4, Style.LITERAL),
                org.assertj.core.groups.Tuple.tuple("e", 6, 4, Style.FOLDED), org.assertj.core.groups.Tuple.tuple("f", 8, 4, "collection"));
        Sequence f = (Sequence) root.entries().get(5).value();
        assertThat(f.items().get(1)).isInstanceOfSatisfying(Mapping.class, m -> {
            assertThat(m.column()).isEqualTo(8);
            assertThat(m.entries().get(0).key().column()).isEqualTo(9);
        });
        assertThat(((Scalar) root.entries().get(3).value()).value()).isEqualTo("literal\n");
    }

    @Test
    void numbers_booleans_and_empty_values_stay_the_text_written() {
        Mapping root = (Mapping) read("a: 0x1F\nb: yes\nc:\nd: ~\ne: 1_000\n");
        assertThat(root.entries()).extracting(e -> ((Scalar) e.value()).value()).containsExactly("0x1F", "yes", "", "~", "1_000");
    }

    @Test
    void an_alias_is_the_anchored_node_and_a_tag_does_not_hide_the_style() {
        Mapping root = (Mapping) read("base: &b {priority: high}\ncopy: *b\nwhen: !!str \"x\"\n");
        assertThat(root.entries().get(1).value()).isSameAs(root.entries().get(0).value());
        assertThat(((Scalar) root.entries().get(2).value()).style()).isEqualTo(Style.DOUBLE_QUOTED);
    }

    @Test
    void nothing_but_comments_is_no_document() {
        assertThat(read("# nothing yet\n")).isNull();
        assertThat(read("")).isNull();
    }

    @Test
    void yaml_mistakes_are_reported_where_they_are_in_the_yaml_readers_words() {
        assertError("a: 1\nb: *missing\n", "r.yaml line 2, column 4: YAML syntax error: found undefined alias missing");
        assertError("a: 1\n# next\n---\nb: 2\n", "r.yaml line 3, column 1: YAML syntax error: expected a single document in the stream, but found another document");
        assertError("a: !!python/object x\n", "r.yaml line 1, column 4: YAML syntax error: Global tag is not allowed: tag:yaml.org,2002:python/object");
        assertError("a: [1, 2\n", "r.yaml line 2, column 1: YAML syntax error: while parsing a flow sequence, expected ',' or ']', but got <stream end>");
        assertError("\ta: 1\n", "r.yaml line 1, column 1: YAML syntax error: while scanning for the next token, found character '\\t(TAB)' that cannot "
                + "start any token. (Do not use \\t(TAB) for indentation)");
        assertError("? [a]\n: b\n", "r.yaml line 1, column 4: YAML syntax error: a key must be a single value, not a list, a mapping or an alias");
    }
}
