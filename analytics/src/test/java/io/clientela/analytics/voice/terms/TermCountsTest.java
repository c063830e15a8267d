package io.clientela.analytics.voice.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermCountsTest {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static void add(TermCounts c, String text) {
        List<Tokenizer.Term> t = TOKENIZER.analyse(text, Language.EN);
        c.add(t.stream().map(Tokenizer.Term::stem).toList(), t.stream().map(Tokenizer.Term::word).toList());
    }

    @Test
    void counts_by_stem_and_shows_the_most_written_word() {
        TermCounts c = new TermCounts();
        add(c, "Delivery was late");
        add(c, "the delivery took ages");
        add(c, "deliveries always late");
        add(c, "poor quality");
        add(c, "Quality is fine");
        TermCounts.Frequent top = c.top(1, 1).get(0);
        assertThat(top.term()).isEqualTo("deliveri");
        assertThat(top.responses()).isEqualTo(3);
        assertThat(top.word()).isEqualTo("delivery");
        assertThat(c.word("qualiti")).isEqualTo("quality");
        assertThat(c.forms("deliveri")).containsEntry("delivery", 2).containsEntry("deliveries", 1);
    }

    @Test
    void shows_a_phrase_by_its_most_written_words() {
        TermCounts c = new TermCounts();
        add(c, "customer service was rude");
        add(c, "Customer service never answered");
        assertThat(c.word("custom servic")).isEqualTo("customer service");
    }

    @Test
    void breaks_ties_between_written_forms_alphabetically() {
        TermCounts c = new TermCounts();
        c.add(List.of("deliveri"), List.of("delivery"));
        c.add(List.of("deliveri"), List.of("deliveries"));
        assertThat(c.word("deliveri")).isEqualTo("deliveries");
        assertThat(c.word("unknown")).isEqualTo("unknown");
    }

    @Test
    void refuses_words_that_do_not_match_the_terms() {
        assertThatThrownBy(() -> new TermCounts().add(List.of("a", "b"), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("had 1 for 2");
    }
}
