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

    @Test
    void decodes_character_references_without_the_html_filter_exactly_as_the_filter_does() throws Exception {
        for (String t : java.util.List.of("AT&amp;T &lt;3 &quot;ok&quot; &#39;yes&#39; &#x263A; &nbsp;x", "fish &amp; chips", "R&D; fine")) {
            assertThat(Cleaner.entitiesOnly(t)).as(t).isEqualTo(Cleaner.stripHtml(t));
        }
        assertThat(Cleaner.entitiesOnly("caf&eacute;")).isNull();
        java.nio.file.Path shared = io.clientela.analytics.voice.SharedData.require("sentiment/en_vader/tweets_GroundTruth.txt");
        int checked = 0;
        for (String line : java.nio.file.Files.readAllLines(shared.resolve("sentiment/en_vader/tweets_GroundTruth.txt"))) {
            String text = line.split("\t", 3)[2];
            String fast = text.indexOf('<') < 0 && text.indexOf('&') >= 0 ? Cleaner.entitiesOnly(text) : null;
            if (fast != null) {
                assertThat(fast).as(text).isEqualTo(Cleaner.stripHtml(text));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
