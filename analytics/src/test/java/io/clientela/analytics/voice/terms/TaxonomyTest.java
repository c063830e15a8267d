package io.clientela.analytics.voice.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    static final Tokenizer TOKENIZER = new Tokenizer();
    static final Taxonomy RETAIL = Taxonomy.retail(TOKENIZER);

    @AfterAll
    static void close() {
        TOKENIZER.close();
    }

    private static java.util.List<String> themes(String text, Language l) {
        return RETAIL.match(TOKENIZER.terms(text, l), l);
    }

    @Test
    void finds_the_shipped_themes_in_all_four_languages_through_stemming() {
        assertThat(themes("Deliveries are always late and the price went up", Language.EN)).containsExactly("delivery", "price and value");
        assertThat(themes("Las entregas llegan tarde y es muy caro", Language.ES)).containsExactly("delivery", "price and value");
        assertThat(themes("快递太慢，价格也贵", Language.ZH)).containsExactly("delivery", "price and value");
        assertThat(themes("Késik a szállítás, és drága", Language.HU)).containsExactly("delivery", "price and value");
    }

    @Test
    void matches_a_key_phrase_only_when_its_words_are_consecutive() {
        assertThat(themes("Customer service was rude", Language.EN)).contains("customer service");
        assertThat(themes("The service for this customer", Language.EN)).doesNotContain("customer service");
    }

    @Test
    void a_text_without_keywords_has_no_theme() {
        assertThat(themes("I bought it for my brother", Language.EN)).isEmpty();
        assertThat(RETAIL.match(java.util.List.of(), Language.EN)).isEmpty();
    }

    @Test
    void reads_a_custom_taxonomy() {
        Taxonomy t = Taxonomy.parse("mine.txt", "[coffee]\nen: espresso, coffee beans\nhu: kávé\n", TOKENIZER);
        assertThat(t.themes()).containsExactly("coffee");
        assertThat(t.match(TOKENIZER.terms("The espresso is bitter", Language.EN), Language.EN)).containsExactly("coffee");
        assertThat(t.match(TOKENIZER.terms("Finom a kávé", Language.HU), Language.HU)).containsExactly("coffee");
    }

    @Test
    void names_the_file_and_line_of_a_bad_taxonomy() {
        assertThatThrownBy(() -> Taxonomy.parse("mine.txt", "[coffee]\nfr: café\n", TOKENIZER)).isInstanceOf(AnalyticsException.class)
                .hasMessage("mine.txt line 2: unsupported language code 'fr': expected en, es, zh, hu (or auto to detect)");
        assertThatThrownBy(() -> Taxonomy.parse("mine.txt", "en: coffee\n", TOKENIZER)).isInstanceOf(AnalyticsException.class)
                .hasMessageStartingWith("mine.txt line 1: expected '[theme]'");
        assertThatThrownBy(() -> Taxonomy.parse("mine.txt", "[a]\n[a]\n", TOKENIZER)).hasMessageContaining("line 2: theme 'a' is empty or repeated");
    }
}
