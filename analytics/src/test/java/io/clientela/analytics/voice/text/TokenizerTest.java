package io.clientela.analytics.voice.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    static final Tokenizer TOKENIZER = new Tokenizer();

    @AfterAll
    static void close() {
        TOKENIZER.close();
    }

    @Test
    void stems_english_and_drops_its_stop_words() {
        assertThat(TOKENIZER.terms("The deliveries were arriving late", Language.EN)).containsExactly("deliveri", "arriv", "late");
    }

    @Test
    void stems_spanish_lightly_and_drops_its_stop_words() {
        assertThat(TOKENIZER.terms("Las entregas de los paquetes", Language.ES)).containsExactly("entreg", "paquet");
    }

    @Test
    void stems_hungarian_with_the_snowball_stemmer() {
        assertThat(TOKENIZER.terms("A csomagok megérkeztek", Language.HU)).containsExactly("csomag", "megérkezt");
    }

    @Test
    void segments_chinese_into_words_without_punctuation_or_stop_words() {
        assertThat(TOKENIZER.terms("快递太慢，价格也贵。", Language.ZH)).containsExactly("快递", "慢", "价格", "贵");
    }

    @Test
    void leaves_the_chinese_stop_words_of_the_old_top_terms_out() {
        assertThat(TOKENIZER.terms("很好，但是了的送餐很慢，我觉得非常好，没有问题", Language.ZH))
                .doesNotContain("好", "很", "但是", "了", "的", "觉得", "非常", "没有", "我").contains("送", "慢", "问题");
    }

    @Test
    void keeps_the_written_word_beside_each_english_stem() {
        assertThat(TOKENIZER.analyse("The delivery's quality was terrible; deliveries are late.", Language.EN)).containsExactly(
                new Tokenizer.Term("deliveri", "delivery"), new Tokenizer.Term("qualiti", "quality"), new Tokenizer.Term("terribl", "terrible"),
                new Tokenizer.Term("deliveri", "deliveries"), new Tokenizer.Term("late", "late"));
    }

    @Test
    void only_splits_and_lower_cases_text_of_unknown_language() {
        assertThat(TOKENIZER.terms("Доставка ОПОЗДАЛА", Language.UNKNOWN)).containsExactly("доставка", "опоздала");
    }

    @Test
    void gives_no_terms_for_blank_text() {
        assertThat(TOKENIZER.terms("   ", Language.EN)).isEmpty();
    }
}
