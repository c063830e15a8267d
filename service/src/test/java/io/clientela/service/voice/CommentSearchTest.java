package io.clientela.service.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.analytics.voice.text.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** How the comment explorer finds a term in a text and where it marks it. */
class CommentSearchTest {
    static final CommentSearch SEARCH = new CommentSearch();

    @AfterAll
    static void close() {
        SEARCH.close();
    }

    private static List<String> marked(String text, Language l, String term, String q) {
        return SEARCH.matches(text, l, term, q).stream().map(m -> text.substring(m[0], m[1])).toList();
    }

    @Test
    void a_term_given_as_a_word_or_as_its_stem_finds_every_inflection_and_marks_the_whole_word() {
        String text = "Two deliveries were late. Delivery is always slow; I deliver it myself now.";
        assertThat(SEARCH.hasTerm(text, Language.EN, "deliveri")).isTrue();
        assertThat(SEARCH.hasTerm(text, Language.EN, "delivery")).isTrue();
        assertThat(marked(text, Language.EN, "delivery", null)).containsExactly("deliveries", "Delivery");
        assertThat(marked(text, Language.EN, "deliver", null)).containsExactly("deliver");
        assertThat(SEARCH.hasTerm("Great quality", Language.EN, "delivery")).isFalse();
    }

    @Test
    void spanish_hungarian_and_chinese_terms_are_found_as_their_analyzers_read_them() {
        assertThat(marked("La entrega llegó tarde, dos entregas tardías", Language.ES, "entrega", null)).containsExactly("entrega", "entregas");
        assertThat(SEARCH.hasTerm("Késik a szállítás, megint késett", Language.HU, "szállítás")).isTrue();
        assertThat(marked("味道很好，但是配送延迟，配送太慢", Language.ZH, "配送", null)).containsExactly("配送", "配送");
    }

    @Test
    void the_fragments_the_database_looks_for_are_in_every_text_that_has_the_term() {
        for (String[] c : new String[][] {{"deliveri", "Two DELIVERIES"}, {"szállítás", "Késik a szállításnál"}, {"entrega", "entregó tarde"},
                {"配送", "配送延迟"}}) {
            String plain = java.text.Normalizer.normalize(c[1], java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            assertThat(SEARCH.fragments(c[0])).as(c[0]).anyMatch(plain::contains);
        }
    }

    @Test
    void a_searched_text_is_marked_wherever_it_occurs_in_any_case() {
        assertThat(marked("Late, later, LATE", Language.EN, null, "late")).containsExactly("Late", "late", "LATE");
        assertThat(SEARCH.matches("no match here", Language.EN, null, "late")).isEmpty();
    }
}
