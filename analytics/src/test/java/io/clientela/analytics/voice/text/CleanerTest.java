package io.clientela.analytics.voice.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanerTest {
    @Test
    void strips_html_tags_and_decodes_entities() {
        CleanText c = Cleaner.clean("<p>Great <b>service</b> &amp; fast&nbsp;delivery</p><script>x()</script>");
        assertThat(c.text().strip().replaceAll("\\s+", " ")).isEqualTo("Great service & fast delivery");
        assertThat(c.htmlStripped()).isTrue();
    }

    @Test
    void leaves_plain_text_with_comparison_signs_alone() {
        CleanText c = Cleaner.clean("price < 10 & quality > 5, I love it <3");
        assertThat(c.text()).isEqualTo("price < 10 & quality > 5, I love it <3");
        assertThat(c.htmlStripped()).isFalse();
    }

    @Test
    void bounds_a_100_kb_text_to_the_analysed_maximum_and_says_so() {
        String big = "The delivery was late again. ".repeat(3600);
        assertThat(big.length()).isGreaterThan(100_000);
        CleanText c = Cleaner.clean(big);
        assertThat(c.truncated()).isTrue();
        assertThat(c.text().length()).isLessThanOrEqualTo(Cleaner.MAX_CHARS);
        assertThat(c.originalLength()).isEqualTo(big.length());
        assertThat(big).startsWith(c.text());
        assertThat(big.charAt(c.text().length())).as("cut at a space").isEqualTo(' ');
    }

    @Test
    void never_cuts_a_surrogate_pair_in_half() {
        String emoji = "😀".repeat(Cleaner.MAX_CHARS);
        CleanText c = Cleaner.clean(emoji);
        assertThat(c.truncated()).isTrue();
        assertThat(Character.isHighSurrogate(c.text().charAt(c.text().length() - 1))).isFalse();
    }

    @Test
    void treats_null_white_space_and_markup_only_as_empty() {
        assertThat(Cleaner.clean(null).isEmpty()).isTrue();
        assertThat(Cleaner.clean(" \t \r ").isEmpty()).isTrue();
        assertThat(Cleaner.clean("<br/><p></p>").isEmpty()).isTrue();
    }

    @Test
    void replaces_control_characters_by_spaces() {
        assertThat(Cleaner.clean("good\u0000service\u0007!").text()).isEqualTo("good service !");
    }
}
