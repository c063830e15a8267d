package io.clientela.analytics.voice.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void replaces_each_invalid_sequence_by_a_replacement_character_and_counts_it() {
        byte[] bytes = {'b', 'a', 'd', ' ', (byte) 0xff, ' ', (byte) 0xc3, 'x', ' ', 'o', 'k'};
        Utf8.Decoded d = Utf8.decode(bytes);
        assertThat(d.text()).isEqualTo("bad \uFFFD \uFFFDx ok");
        assertThat(d.invalidSequences()).isEqualTo(2);
    }

    @Test
    void decodes_valid_text_in_all_four_languages_unchanged() {
        String s = "good, bueno, 很好, jó és ő 👍";
        Utf8.Decoded d = Utf8.decode(s.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.invalidSequences()).isZero();
    }

    @Test
    void decodes_no_bytes_as_empty_text() {
        assertThat(Utf8.decode(new byte[0])).isEqualTo(new Utf8.Decoded("", 0));
    }
}
