package io.clientela.analytics.voice.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void reads_codes_as_people_write_them() {
        assertThat(Language.fromCode("en-US")).isEqualTo(Language.EN);
        assertThat(Language.fromCode("ES_mx")).isEqualTo(Language.ES);
        assertThat(Language.fromCode("zh-Hans")).isEqualTo(Language.ZH);
        assertThat(Language.fromCode(" hun ")).isEqualTo(Language.HU);
    }

    @Test
    void rejects_an_unknown_code_naming_it_and_the_supported_ones() {
        assertThatThrownBy(() -> Language.fromCode("fr")).isInstanceOf(UnsupportedLanguageException.class)
                .hasMessage("unsupported language code 'fr': expected en, es, zh, hu (or auto to detect)");
        assertThatThrownBy(() -> Language.fromCode("")).isInstanceOf(UnsupportedLanguageException.class);
    }
}
